package org.gigforge.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.job.ui.JobCard;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.MilestonesEditor;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposedMilestone;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * Apply to a job: cover letter and bid, with every fee shown before sending; for a fixed-price job the bid
 * may be split into milestones; a few documents or pictures may go along. Applying is free.
 */
@Route("jobs/:jobId/apply")
@RolesAllowed(Role.Names.FREELANCER)
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JobService jobs;
    private final transient ProposalService proposals;
    private final transient Taxonomy taxonomy;
    private final transient FileService files;
    private final transient Clock clock;

    ApplyView(JobService jobs, ProposalService proposals, Taxonomy taxonomy, FileService files, Clock clock) {
        this.jobs = jobs;
        this.proposals = proposals;
        this.files = files;
        this.taxonomy = taxonomy;
        this.clock = clock;
        addClassName("gf-page");
        setId("apply");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var job = event.getRouteParameters().getLong("jobId").map(JobId::new).flatMap(jobs::openJob);
        if (job.isEmpty()) {
            add(new ViewHeader(getTranslation("proposal.apply"), getTranslation("proposal.job.not-open")));
            return;
        }
        show(job.get());
    }

    private void show(JobSummary job) {
        var coverLetter = new TextArea(getTranslation("proposal.cover-letter"));
        coverLetter.setMinLength(50);
        coverLetter.setMaxLength(5_000);
        coverLetter.setMinHeight("10em");
        coverLetter.setWidthFull();
        coverLetter.setHelperText(getTranslation("proposal.cover-letter.help"));
        coverLetter.setValueChangeMode(ValueChangeMode.LAZY);
        coverLetter.setId("proposal-cover-letter");

        var bid = new IntegerField(getTranslation(job.type() == JobType.FIXED ? "proposal.bid.fixed" : "proposal.bid.hourly"));
        bid.setPrefixComponent(new Span(java.util.Currency.getInstance(currency(job)).getSymbol(Formats.locale())));
        bid.setValueChangeMode(ValueChangeMode.EAGER);
        bid.setId("proposal-bid");
        Money suggested = job.type() == JobType.FIXED ? job.budget() : job.rateMax();
        if (suggested != null) {
            bid.setValue(suggested.toDecimal().intValue());
        }
        var fees = new FeeBreakdownPanel();
        Runnable refresh = () -> fees.show(money(bid.getValue(), currency(job)) instanceof Money m && m.isPositive()
                ? proposals.feesFor(m) : null);
        bid.addValueChangeListener(e -> refresh.run());
        refresh.run();

        var answers = new java.util.ArrayList<TextArea>();
        for (int i = 0; i < job.questions().size(); i++) {
            var answer = new TextArea(job.questions().get(i));
            answer.setMaxLength(2_000);
            answer.setWidthFull();
            answer.setRequired(true);
            answer.setId("proposal-answer-" + i);
            answers.add(answer);
        }
        // Problems with any answer are shown on all of them; the message says which rule failed.
        var answersGroup = new com.vaadin.flow.component.html.Div();
        answers.forEach(answersGroup::add);
        HasValidation answerErrors = answers.isEmpty() ? coverLetter : answers.getFirst();

        var milestones = new MilestonesEditor(currency(job), ProposalDraft.MAX_MILESTONES, "proposal");
        milestones.setHelperText(getTranslation("proposal.milestones.help", ProposalDraft.MAX_MILESTONES));
        var inMilestones = new Paragraph();
        inMilestones.addClassName("gf-muted");
        inMilestones.setId("proposal-milestones-total");
        Runnable refreshMilestones = () -> {
            inMilestones.setVisible(!milestones.getValue().isEmpty());
            inMilestones.setText(getTranslation("proposal.milestones.total", Formats.money(milestones.total()),
                    Formats.money(Money.ofMajor(bid.getValue() == null ? 0 : bid.getValue(), currency(job)))));
        };
        milestones.addValueChangeListener(e -> refreshMilestones.run());
        bid.addValueChangeListener(e -> refreshMilestones.run());
        refreshMilestones.run();

        var attachments = new FilesField(files, FileKind.ATTACHMENT, ProposalDraft.MAX_ATTACHMENTS);
        attachments.setLabel(getTranslation("proposal.attachments"));
        attachments.setHelperText(getTranslation("proposal.attachments.help", ProposalDraft.MAX_ATTACHMENTS));
        attachments.setWidthFull();
        attachments.setId("proposal-attachments");
        attachments.upload().setId("proposal-attachment-upload");

        Map<String, HasValidation> fields = Map.of("coverLetter", coverLetter, "bid", bid, "answers", answerErrors,
                "milestones", milestones, "attachments", attachments);
        var send = new Button(getTranslation("proposal.send"), click -> {
            FormErrors.clear(fields);
            try {
                proposals.submit(job.id(), new ProposalDraft(coverLetter.getValue(), money(bid.getValue(), currency(job)),
                        answers.stream().map(TextArea::getValue).toList(),
                        job.type() == JobType.FIXED ? milestones.getValue().stream()
                                .map(l -> new ProposedMilestone(l.title(), l.amount(), l.dueDate())).toList() : List.of(),
                        attachments.getValue().stream().map(StoredFile::id).toList()));
                FormErrors.success(getTranslation("proposal.sent"));
                getUI().ifPresent(ui -> ui.navigate(MyProposalsView.class));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("proposal-send");

        add(new ViewHeader(getTranslation("proposal.apply"), getTranslation("proposal.apply.lead")),
                new JobCard(job, taxonomy, clock.instant()), bid, fees);
        if (job.type() == JobType.FIXED) {
            add(new H2(getTranslation("proposal.milestones")), milestones, inMilestones);
        }
        add(coverLetter, attachments);
        if (!answers.isEmpty()) {
            add(new H2(getTranslation("job.questions.asked")), answersGroup);
        }
        add(send);
    }

    private static String currency(JobSummary job) {
        Money terms = job.budget() != null ? job.budget() : job.rateMin();
        return terms == null ? "USD" : terms.currency().getCurrencyCode();
    }

    private static @Nullable Money money(@Nullable Integer major, String currency) {
        return major == null ? null : Money.ofMajor(major, currency);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.apply") + " · Gigforge";
    }
}
