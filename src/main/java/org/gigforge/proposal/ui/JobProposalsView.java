package org.gigforge.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.job.InvitedFreelancer;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposalState;
import org.gigforge.proposal.ReceivedProposal;

/**
 * The proposals a client received for one job: read the letters, milestones and attachments, shortlist or
 * decline, make an offer; and the freelancers invited to the job, each with a way to make them an offer.
 */
@Route("client/jobs/:jobId/proposals")
@RolesAllowed(Role.Names.CLIENT)
public class JobProposalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JobService jobs;
    private final transient ProposalService proposals;

    JobProposalsView(JobService jobs, ProposalService proposals) {
        this.jobs = jobs;
        this.proposals = proposals;
        addClassName("gf-page");
        setId("job-proposals");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var job = event.getRouteParameters().getLong("jobId").map(JobId::new).flatMap(jobs::myJob);
        if (job.isEmpty()) {
            add(new ViewHeader(getTranslation("proposal.received"), getTranslation("proposal.job.not-yours")));
            return;
        }
        show(job.get());
    }

    private void show(JobSummary job) {
        var grid = new Grid<ReceivedProposal>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(p -> {
            var name = new Span(p.freelancerName());
            if (!p.generic()) {
                return name;
            }
            var generic = Chips.badge(getTranslation("proposal.generic"), "closed");
            generic.getElement().setAttribute("title", getTranslation("proposal.generic.explain"));
            return new HorizontalLayout(name, generic);
        })).setHeader(getTranslation("proposal.freelancer")).setFlexGrow(2);
        grid.addColumn(p -> Formats.money(p.fees().price())).setHeader(getTranslation("proposal.their-bid"))
                .setSortable(true).setSortProperty("bidMinor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.money(p.fees().clientPays())).setHeader(getTranslation("proposal.fees.you-pay"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> Chips.badge(getTranslation("proposal.state." + p.state().name()),
                        p.state().name()))).setHeader(getTranslation("job.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.submittedAt())).setHeader(getTranslation("proposal.submitted"))
                .setSortable(true).setSortProperty("submittedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> {
            var shortlist = action("proposal.shortlist", p, ProposalState.SHORTLISTED, grid);
            var decline = action("proposal.decline", p, ProposalState.DECLINED, grid);
            // The offer page belongs to the contracts module; it is reached by its address.
            var offer = new Button(getTranslation("proposal.make-offer"),
                    click -> getUI().ifPresent(ui -> ui.navigate("client/proposals/" + p.id() + "/offer")));
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            offer.setId("proposal-offer-" + p.id());
            offer.setEnabled(p.state().isOpen() && job.state() == JobState.OPEN);
            return new HorizontalLayout(offer, message(job, p.freelancerId(), "message-freelancer-"), shortlist, decline);
        })).setAutoWidth(true).setFlexGrow(0);
        // Proposals answer the questions of the job version they saw, which may have changed since.
        Map<Integer, List<String>> questions = new HashMap<>();
        questions.put(job.revision(), job.questions());
        jobs.revisions(job.id()).forEach(r -> questions.put(r.number(), r.content().questions()));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> {
            var letter = new Paragraph(p.coverLetter());
            letter.addClassName("gf-cover-letter");
            var details = new Div(letter);
            List<String> asked = questions.getOrDefault(p.jobRevision(), List.of());
            for (int i = 0; i < p.answers().size(); i++) {
                var question = new Paragraph(i < asked.size() ? asked.get(i) : "");
                question.addClassName("gf-question");
                details.add(question, new Paragraph(p.answers().get(i)));
            }
            if (p.jobRevision() < job.revision()) {
                var older = new Paragraph(getTranslation("proposal.older-version", p.jobRevision()));
                older.addClassName("gf-muted");
                details.add(older);
            }
            details.add(new ProposedWork(p.milestones(), proposals.attachments(p.id())));
            return details;
        }));
        var state = new Select<ProposalState>();
        state.setAriaLabel(getTranslation("proposal.filter.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("proposal.filter.all"));
        state.setItems(ProposalState.SUBMITTED, ProposalState.VIEWED, ProposalState.SHORTLISTED, ProposalState.DECLINED,
                ProposalState.HIRED);
        state.setItemLabelGenerator(s -> s == null ? getTranslation("proposal.filter.all")
                : getTranslation("proposal.state." + s.name()));
        state.setId("proposal-filter-state");
        grid.setItems(query -> proposals.receivedProposals(job.id(), state.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) proposals.countReceivedProposals(job.id(), state.getValue()));
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setSizeFull();
        grid.setId("received-proposals");

        var compare = new Button(getTranslation("proposal.compare"), click -> compare(grid.getSelectedItems(), job));
        compare.setEnabled(false);
        compare.setId("proposal-compare");
        grid.addSelectionListener(e -> compare.setEnabled(e.getAllSelectedItems().size() >= 2
                && e.getAllSelectedItems().size() <= MAX_COMPARED));

        long count = proposals.countReceivedProposals(job.id());
        add(new ViewHeader(job.title(), getTranslation("proposal.received.lead", count), state, compare));
        if (count == 0) {
            add(new Paragraph(getTranslation("proposal.received.empty")));
        } else {
            add(grid);
        }
        var invited = jobs.invitationsOf(job.id());
        if (!invited.isEmpty()) {
            add(invited(job, invited));
        }
    }

    /**
     * Whom the client invited, whether they applied, and a way to make each an offer: from their proposal
     * while it is open, otherwise straight to them.
     */
    private Div invited(JobSummary job, List<InvitedFreelancer> invited) {
        var applied = proposals.proposalsBy(job.id(), invited.stream().map(InvitedFreelancer::freelancerId).toList());
        var box = new Div(new H2(getTranslation("proposal.invited", invited.size())));
        box.addClassName("gf-card");
        box.setId("invited-freelancers");
        for (InvitedFreelancer freelancer : invited) {
            var proposal = applied.get(freelancer.freelancerId());
            var status = proposal == null
                    ? Chips.badge(getTranslation("proposal.invited.not-applied"), "draft")
                    : Chips.badge(getTranslation("proposal.state." + proposal.state().name()), proposal.state().name());
            // The offer page belongs to the contracts module; it is reached by its address.
            String target = proposal != null && proposal.state().isOpen()
                    ? "client/proposals/" + proposal.id() + "/offer"
                    : "client/jobs/" + job.id() + "/offer/" + freelancer.freelancerId();
            var offer = new Button(getTranslation("proposal.make-offer"), click -> getUI().ifPresent(ui -> ui.navigate(target)));
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            offer.setId("invited-offer-" + freelancer.freelancerId());
            offer.setEnabled(job.state() == JobState.OPEN && (proposal == null || proposal.state() != ProposalState.HIRED));
            var note = new Paragraph(getTranslation("proposal.invited.on", Formats.date(freelancer.invitedAt())));
            note.addClassName("gf-muted");
            var name = new Span(freelancer.freelancerName());
            name.addClassName("gf-invited-name");
            var row = new Div(new HorizontalLayout(name, status), note, new HorizontalLayout(offer,
                    message(job, freelancer.freelancerId(), "invited-message-")));
            row.addClassName("gf-invitation");
            box.add(row);
        }
        return box;
    }

    /** Opens the conversation with a freelancer about this job; the messages page is reached by its address. */
    private Button message(JobSummary job, org.gigforge.account.UserId freelancer, String idPrefix) {
        var button = new Button(getTranslation("messaging.message-button"),
                click -> getUI().ifPresent(ui -> ui.navigate("messages/job/" + job.id() + "/" + freelancer)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(idPrefix + freelancer);
        return button;
    }

    /** How many proposals fit side by side on a laptop screen. */
    private static final int MAX_COMPARED = 4;

    /** Chosen proposals next to each other: who, bid, what the client pays, flags, the letter and the answers. */
    private void compare(java.util.Set<ReceivedProposal> chosen, JobSummary job) {
        var columns = new Div();
        columns.addClassName("gf-compare");
        chosen.stream().sorted(java.util.Comparator.comparing(ReceivedProposal::submittedAt)).forEach(p -> {
            var column = new Div();
            column.addClassName("gf-compare-column");
            var name = new com.vaadin.flow.component.html.H3(p.freelancerName());
            column.add(name, new Paragraph(getTranslation("proposal.their-bid") + ": " + Formats.money(p.fees().price())),
                    new Paragraph(getTranslation("proposal.fees.you-pay") + ": " + Formats.money(p.fees().clientPays())),
                    Chips.badge(getTranslation("proposal.state." + p.state().name()), p.state().name()));
            if (p.generic()) {
                column.add(Chips.badge(getTranslation("proposal.generic"), "closed"));
            }
            var letter = new Paragraph(p.coverLetter());
            letter.addClassName("gf-cover-letter");
            column.add(letter, new ProposedWork(p.milestones(), proposals.attachments(p.id())));
            for (int i = 0; i < p.answers().size(); i++) {
                var question = new Paragraph(i < job.questions().size() && p.jobRevision() == job.revision()
                        ? job.questions().get(i) : getTranslation("job.questions.number", i + 1));
                question.addClassName("gf-question");
                column.add(question, new Paragraph(p.answers().get(i)));
            }
            columns.add(column);
        });
        var dialog = new com.vaadin.flow.component.dialog.Dialog(columns);
        dialog.setHeaderTitle(getTranslation("proposal.compare.title"));
        dialog.setWidth("min(96vw, 72rem)");
        dialog.getFooter().add(new Button(getTranslation("proposal.compare.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Declining may come with a reason the freelancer reads; it is optional, and kind words help. */
    private void declineWithReason(ReceivedProposal proposal, Grid<ReceivedProposal> grid) {
        var reason = new TextArea(getTranslation("proposal.decline.reason"));
        reason.setMaxLength(1_000);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("proposal.decline.reason.help"));
        reason.setId("proposal-decline-reason");
        var dialog = new com.vaadin.flow.component.dialog.Dialog(reason);
        dialog.setHeaderTitle(getTranslation("proposal.decline.title", proposal.freelancerName()));
        dialog.setWidth("min(92vw, 32rem)");
        var confirm = new Button(getTranslation("proposal.decline"), e -> {
            try {
                proposals.decline(proposal.id(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("proposal-decline-confirm");
        dialog.getFooter().add(new Button(getTranslation("proposal.compare.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Button action(String key, ReceivedProposal proposal, ProposalState target, Grid<ReceivedProposal> grid) {
        var button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                target == ProposalState.SHORTLISTED ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.setVisible(proposal.state().canMoveTo(target));
        button.addClickListener(click -> {
            try {
                if (target == ProposalState.SHORTLISTED) {
                    proposals.shortlist(proposal.id());
                    grid.getDataProvider().refreshAll();
                } else {
                    declineWithReason(proposal, grid);
                }
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of());
            }
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.received") + " · Gigforge";
    }
}
