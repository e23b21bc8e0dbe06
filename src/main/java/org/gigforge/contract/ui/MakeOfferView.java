package org.gigforge.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.OfferDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeePolicy;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.MilestonesEditor;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.ProposalId;
import org.gigforge.proposal.ProposalService;

/**
 * The client makes an offer from a proposal, or straight to a freelancer they invited to the job: fixed price
 * in milestones (title, amount, due date; taken from the proposal when it proposed some) or an hourly rate
 * with a weekly cap, with the fees shown before sending.
 */
@Route("client/proposals/:proposalId/offer")
@RouteAlias("client/jobs/:jobId/offer/:freelancerId")
@RolesAllowed(Role.Names.CLIENT)
public class MakeOfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContractService contracts;
    private final transient ProposalService proposals;
    private final transient JobService jobs;
    private final transient FeePolicy fees;
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
        var parameters = event.getRouteParameters();
        var proposalId = parameters.getLong("proposalId").map(ProposalId::new);
        try {
            if (proposalId.isPresent()) {
                var proposal = proposals.receivedProposal(proposalId.get());
                var job = jobs.myJob(proposals.jobOf(proposal.id())).orElseThrow();
                var lines = proposal.milestones().stream()
                        .map(m -> new MilestonesEditor.Line(m.title(), m.amount(), m.dueDate())).toList();
                removeAll();
                show(job, proposal.freelancerName(), new OfferDraft.FromProposal(proposal.id()), proposal.fees().price(),
                        lines.isEmpty() ? List.of(new MilestonesEditor.Line(job.title(), proposal.fees().price(), null)) : lines);
                return;
            }
            var jobId = parameters.getLong("jobId").map(JobId::new).orElseThrow();
            var freelancer = parameters.getLong("freelancerId").map(UserId::new).orElseThrow();
            var job = jobs.myJob(jobId).orElseThrow();
            var invited = jobs.invitationsOf(jobId).stream().filter(i -> i.freelancerId().equals(freelancer))
                    .findFirst().orElseThrow();
            Money suggested = Objects.requireNonNull(job.type() == JobType.FIXED ? job.budget() : job.rateMax());
            removeAll();
            show(job, invited.freelancerName(), new OfferDraft.ToInvited(jobId, freelancer), suggested,
                    List.of(new MilestonesEditor.Line(job.title(), suggested, null)));
        } catch (UserFacingException | NoSuchElementException notFound) {
            event.rerouteToError(NotFoundException.class,
                    getTranslation(proposalId.isPresent() ? "proposal.not-found" : "offer.not-invited"));
        }
    }

    /**
     * The form. {@code price} is the bid of the proposal (or the job's budget or top rate): the hourly rate
     * starts at it; fixed-price terms start from {@code milestones}.
     */
    private void show(JobSummary job, String freelancerName, OfferDraft.Recipient to, Money price,
            List<MilestonesEditor.Line> milestones) {
        name = freelancerName;
        String currency = price.currency().getCurrencyCode();
        var type = new RadioButtonGroup<JobType>(getTranslation("job.type"));
        type.setItems(JobType.values());
        type.setItemLabelGenerator(t -> getTranslation("job.type." + t.name()));
        type.setValue(job.type());
        type.setId("offer-type");

        var editor = new MilestonesEditor(currency, MAX_MILESTONES, "offer");
        editor.setValue(milestones);
        var total = new Paragraph();
        total.setId("offer-total");
        Runnable refreshTotal = () -> {
            var breakdown = fees.breakdown(editor.total());
            total.setText(getTranslation("offer.total", Formats.money(breakdown.price()), Formats.money(breakdown.clientPays()),
                    Formats.money(breakdown.freelancerReceives())));
        };
        editor.addValueChangeListener(e -> refreshTotal.run());
        refreshTotal.run();
        var fixed = new Div(new H2(getTranslation("offer.milestones")), editor, total);

        var rate = new IntegerField(getTranslation("offer.rate"));
        rate.setSuffixComponent(new Span(currency + getTranslation("job.per-hour")));
        rate.setValue(price.toDecimal().intValue());
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
        Map<String, HasValidation> fields = Map.of("milestones", editor, "hourlyRate", rate, "weeklyCapHours", cap,
                "message", message);
        var send = new Button(getTranslation("offer.send"), click -> {
            FormErrors.clear(fields);
            var terms = type.getValue() == JobType.FIXED
                    ? editor.getValue().stream().map(l -> new MilestoneDraft(l.title(), l.amount(), l.dueDate())).toList()
                    : List.<MilestoneDraft>of();
            try {
                contracts.sendOffer(new OfferDraft(to, type.getValue(), terms,
                        type.getValue() == JobType.HOURLY && rate.getValue() != null ? Money.ofMajor(rate.getValue(), currency) : null,
                        type.getValue() == JobType.HOURLY ? cap.getValue() : null, message.getValue()));
                FormErrors.success(getTranslation("offer.sent", freelancerName));
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
        add(new ViewHeader(getTranslation("offer.title", freelancerName), job.title()), form, send);
    }

    /** As many milestones as an offer takes (the service checks it too). */
    private static final int MAX_MILESTONES = 20;

    @Override
    public String getPageTitle() {
        return getTranslation("offer.title", name) + " · Gigforge";
    }
}
