package org.gigforge.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.OfferDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeePolicy;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.ProposalId;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ReceivedProposal;
import org.jspecify.annotations.Nullable;

/**
 * The client makes an offer from a proposal: fixed price in milestones (title, amount, due date)
 * or an hourly rate with a weekly cap, with the fees shown before sending.
 */
@Route("client/proposals/:proposalId/offer")
@RolesAllowed(Role.Names.CLIENT)
public class MakeOfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContractService contracts;
    private final transient ProposalService proposals;
    private final transient JobService jobs;
    private final transient FeePolicy fees;
    private final List<MilestoneRow> rows = new ArrayList<>();
    private String name = "";

    MakeOfferView(ContractService contracts, ProposalService proposals, JobService jobs, FeePolicy fees) {
        this.contracts = contracts;
        this.proposals = proposals;
        this.jobs = jobs;
        this.fees = fees;
        addClassName("gf-page");
        setId("make-offer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("proposalId").map(ProposalId::new);
        try {
            var proposal = proposals.receivedProposal(id.orElseThrow(() -> new UserFacingException("proposal.not-found")));
            var job = jobs.myJob(proposals.jobOf(proposal.id())).orElseThrow();
            removeAll();
            show(proposal, job);
        } catch (UserFacingException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("proposal.not-found"));
        }
    }

    /** One milestone line of the form. */
    private record MilestoneRow(TextField title, IntegerField amount, DatePicker due, HorizontalLayout line) {}

    private void show(ReceivedProposal proposal, JobSummary job) {
        name = proposal.freelancerName();
        String currency = (job.budget() != null ? job.budget() : java.util.Objects.requireNonNull(job.rateMin()))
                .currency().getCurrencyCode();
        var type = new RadioButtonGroup<JobType>(getTranslation("job.type"));
        type.setItems(JobType.values());
        type.setItemLabelGenerator(t -> getTranslation("job.type." + t.name()));
        type.setValue(job.type());
        type.setId("offer-type");

        var list = new Div();
        list.setId("offer-milestones");
        var total = new Paragraph();
        total.setId("offer-total");
        Runnable refreshTotal = () -> {
            long sum = rows.stream().mapToLong(r -> r.amount().getValue() == null ? 0 : r.amount().getValue()).sum();
            var breakdown = fees.breakdown(Money.ofMajor(sum, currency));
            total.setText(getTranslation("offer.total", Formats.money(breakdown.price()), Formats.money(breakdown.clientPays()),
                    Formats.money(breakdown.freelancerReceives())));
        };
        var add = new Button(getTranslation("offer.milestone.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(list, currency, refreshTotal, getTranslation("offer.milestone.default", rows.size() + 1), null);
        });
        add.setId("offer-milestone-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow(list, currency, refreshTotal, job.title(), proposal.fees().price().toDecimal().intValue());
        var fixed = new Div(new H2(getTranslation("offer.milestones")), list, add, total);

        var rate = new IntegerField(getTranslation("offer.rate"));
        rate.setSuffixComponent(new Span(currency + getTranslation("job.per-hour")));
        rate.setValue(proposal.fees().price().toDecimal().intValue());
        rate.setId("offer-rate");
        var cap = new IntegerField(getTranslation("offer.cap"));
        cap.setMin(1);
        cap.setMax(80);
        cap.setValue(20);
        cap.setStepButtonsVisible(true);
        cap.setId("offer-cap");
        // What an hour and a full week cost the client, and what the freelancer keeps, before anything is sent.
        var hourlyFees = new Paragraph();
        hourlyFees.setId("offer-hourly-fees");
        Runnable refreshHourly = () -> {
            if (rate.getValue() == null || rate.getValue() <= 0 || cap.getValue() == null || cap.getValue() <= 0) {
                hourlyFees.setText("");
                return;
            }
            var perHour = fees.breakdown(Money.ofMajor(rate.getValue(), currency));
            var perWeek = fees.breakdown(Money.ofMajor((long) rate.getValue() * cap.getValue(), currency));
            hourlyFees.setText(getTranslation("offer.hourly.fees", Formats.money(perHour.clientPays()),
                    Formats.money(perWeek.clientPays()), cap.getValue(), Formats.money(perHour.freelancerReceives())));
        };
        rate.addValueChangeListener(e -> refreshHourly.run());
        cap.addValueChangeListener(e -> refreshHourly.run());
        refreshHourly.run();
        var hourlyFields = new HorizontalLayout(rate, cap);
        hourlyFields.setWrap(true);
        var hourly = new Div(hourlyFields, hourlyFees);
        Runnable showTerms = () -> {
            fixed.setVisible(type.getValue() == JobType.FIXED);
            hourly.setVisible(type.getValue() == JobType.HOURLY);
        };
        type.addValueChangeListener(e -> showTerms.run());
        showTerms.run();

        var message = new TextArea(getTranslation("offer.message"));
        message.setMaxLength(5_000);
        message.setWidthFull();
        message.setId("offer-message");
        Map<String, HasValidation> fields = Map.of("hourlyRate", rate, "weeklyCapHours", cap, "message", message);
        var send = new Button(getTranslation("offer.send"), click -> {
            FormErrors.clear(fields);
            var milestones = type.getValue() == JobType.FIXED
                    ? rows.stream().map(r -> new MilestoneDraft(r.title().getValue(),
                            r.amount().getValue() == null ? null : Money.ofMajor(r.amount().getValue(), currency),
                            r.due().getValue())).toList()
                    : List.<MilestoneDraft>of();
            try {
                contracts.sendOffer(new OfferDraft(proposal.id(), type.getValue(), milestones,
                        type.getValue() == JobType.HOURLY && rate.getValue() != null ? Money.ofMajor(rate.getValue(), currency) : null,
                        type.getValue() == JobType.HOURLY ? cap.getValue() : null, message.getValue()));
                FormErrors.success(getTranslation("offer.sent", proposal.freelancerName()));
                getUI().ifPresent(ui -> ui.navigate("client/jobs/" + job.id() + "/proposals"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("offer-send");

        var form = new FormLayout(type, fixed, hourly, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("gf-card");
        add(new ViewHeader(getTranslation("offer.title", proposal.freelancerName()), job.title()), form, send);
    }

    private void addRow(Div list, String currency, Runnable refreshTotal, String title, @Nullable Integer amount) {
        var name = new TextField();
        name.setAriaLabel(getTranslation("offer.milestone.title"));
        name.setPlaceholder(getTranslation("offer.milestone.title"));
        name.setValue(title);
        name.setMaxLength(120);
        name.setId("offer-milestone-title-" + rows.size());
        var value = new IntegerField();
        value.setAriaLabel(getTranslation("offer.milestone.amount"));
        value.setSuffixComponent(new Span(currency));
        value.setValue(amount);
        value.setId("offer-milestone-amount-" + rows.size());
        value.addValueChangeListener(e -> refreshTotal.run());
        var due = new DatePicker();
        due.setAriaLabel(getTranslation("offer.milestone.due"));
        due.setPlaceholder(getTranslation("offer.milestone.due"));
        var line = new HorizontalLayout(name, value, due);
        line.setWrap(true);
        var row = new MilestoneRow(name, value, due, line);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            rows.remove(row);
            list.remove(line);
            refreshTotal.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("profile.remove", title));
        line.add(remove);
        rows.add(row);
        list.add(line);
        refreshTotal.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.title", name) + " · Gigforge";
    }
}
