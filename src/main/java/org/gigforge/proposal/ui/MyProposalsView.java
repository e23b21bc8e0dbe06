package org.gigforge.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.gigforge.job.JobService;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.MyProposal;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposalState;

/**
 * The freelancer's proposals: job, bid, what they would receive, state; opening one shows its milestones and
 * attachments; withdraw while undecided.
 */
@Route("proposals")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.my-proposals", order = 11, icon = "vaadin:paperplane")
public class MyProposalsView extends VerticalLayout implements HasDynamicTitle {

    MyProposalsView(ProposalService proposals, JobService jobs) {
        addClassName("gf-page");
        setId("my-proposals");
        var grid = new Grid<MyProposal>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MyProposal::jobTitle).setHeader(getTranslation("job.title")).setFlexGrow(3);
        grid.addColumn(p -> amount(p, p.fees().price())).setHeader(getTranslation("proposal.bid"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> amount(p, p.fees().freelancerReceives())).setHeader(getTranslation("proposal.fees.you-receive"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> {
                    var state = Chips.badge(getTranslation("proposal.state." + p.state().name()), p.state().name());
                    if (p.declineReason() != null) {
                        // The client's reason, on hover and for screen readers.
                        state.getElement().setAttribute("title", p.declineReason());
                        state.getElement().setAttribute("aria-label",
                                getTranslation("proposal.state." + p.state().name()) + ": " + p.declineReason());
                    }
                    if (p.jobOpen() || p.state() == ProposalState.WITHDRAWN) {
                        return state;
                    }
                    // The job closed while the proposal was still waiting: say so rather than "Sent".
                    return new HorizontalLayout(state, Chips.badge(getTranslation("proposal.job-closed"), "closed"));
                })).setHeader(getTranslation("job.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.submittedAt())).setHeader(getTranslation("proposal.submitted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> {
            var withdraw = new Button(getTranslation("proposal.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            withdraw.setVisible(p.state().canMoveTo(ProposalState.WITHDRAWN));
            withdraw.addClickListener(click -> {
                try {
                    proposals.withdraw(p.id());
                    grid.getDataProvider().refreshAll();
                } catch (UserFacingException refused) {
                    FormErrors.show(this, refused, Map.of());
                }
            });
            // The messages page belongs to the messaging module; it is reached by its address.
            var message = new Button(getTranslation("messaging.message-button"),
                    click -> getUI().ifPresent(ui -> ui.navigate("messages/job/" + p.jobId())));
            message.addThemeVariants(ButtonVariant.LUMO_SMALL);
            message.setId("message-client-" + p.jobId());
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(message, withdraw);
        })).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> {
            var work = new ProposedWork(p.milestones(), proposals.attachments(p.id()));
            if (!work.isEmpty()) {
                return work;
            }
            var none = new Paragraph(getTranslation("proposal.no-extras"));
            none.addClassName("gf-muted");
            return none;
        }));
        grid.setItems(query -> proposals.myProposals(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) proposals.countMyProposals());
        grid.setSizeFull();
        grid.setId("proposals-grid");

        add(new ViewHeader(getTranslation("nav.my-proposals"), getTranslation("proposal.mine.lead")));
        var invitations = jobs.myInvitations(PageRequest.of(0, 20));
        if (!invitations.isEmpty()) {
            var box = new Div(new H2(getTranslation("invite.received")));
            box.addClassName("gf-card");
            box.setId("my-invitations");
            invitations.forEach(invitation -> {
                var job = invitation.job();
                var title = new Anchor(job.path(), job.title());
                var apply = new Anchor("jobs/" + job.id() + "/apply", getTranslation("job.apply"));
                apply.addClassName("gf-button-link");
                var note = new Paragraph(getTranslation("invite.from", job.clientName(), Formats.date(invitation.invitedAt()))
                        + (invitation.message().isEmpty() ? "" : ": " + invitation.message()));
                note.addClassName("gf-muted");
                var message = new Anchor("messages/job/" + job.id(), getTranslation("messaging.message-button"));
                message.addClassName("gf-button-link");
                var row = new Div(title, note, apply, message);
                row.addClassName("gf-invitation");
                box.add(row);
            });
            add(box);
        }
        if (proposals.countMyProposals() == 0) {
            add(new Paragraph(getTranslation("proposal.mine.empty")));
        } else {
            add(grid);
        }
        setSizeFull();
    }

    /** Hourly bids read "$45/hr", fixed ones "$450". */
    private String amount(MyProposal proposal, Money money) {
        return Formats.money(money) + (proposal.jobType() == JobType.HOURLY ? getTranslation("job.per-hour") : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-proposals") + " · Gigforge";
    }
}
