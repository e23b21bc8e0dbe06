package org.gigforge.job.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.profile.FreelancerCard;
import org.gigforge.profile.ProfileService;
import org.springframework.data.domain.PageRequest;

/**
 * A client invites a freelancer to one of their open jobs, with a short note. Talent lists and
 * public profiles link here; for an invite-only job this is how a freelancer gets to see it.
 */
@Route("invite/:freelancerId")
@RolesAllowed(Role.Names.CLIENT)
public class InviteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JobService jobs;
    private final transient ProfileService profiles;
    private String name = "";

    InviteView(JobService jobs, ProfileService profiles) {
        this.jobs = jobs;
        this.profiles = profiles;
        addClassName("gf-page");
        setId("invite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var freelancer = event.getRouteParameters().getLong("freelancerId").map(UserId::new)
                .flatMap(profiles::publicFreelancer);
        if (freelancer.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("profile.public.not-found"));
            return;
        }
        removeAll();
        show(freelancer.get());
    }

    private void show(FreelancerCard freelancer) {
        name = freelancer.name();
        var open = jobs.myJobs(PageRequest.of(0, JobService.MAX_PAGE_SIZE)).stream()
                .filter(job -> job.state() == JobState.OPEN)
                .toList();
        add(new ViewHeader(getTranslation("invite.title", freelancer.name()), freelancer.title()));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("invite.no-open-jobs")), new Anchor("jobs/new", getTranslation("nav.post-job")));
            return;
        }
        var job = new Select<JobSummary>();
        job.setLabel(getTranslation("invite.job"));
        job.setItems(open);
        job.setItemLabelGenerator(JobSummary::title);
        job.setValue(open.getFirst());
        job.setId("invite-job");
        var message = new TextArea(getTranslation("invite.message"));
        message.setMaxLength(2_000);
        message.setValue(getTranslation("invite.message.default", freelancer.name()));
        message.setId("invite-message");
        Map<String, HasValidation> fields = Map.of("message", message);
        var send = new Button(getTranslation("invite.send"), click -> {
            FormErrors.clear(fields);
            try {
                jobs.invite(job.getValue().id(), freelancer.userId(), message.getValue());
                FormErrors.success(getTranslation("invite.sent", freelancer.name()));
                getUI().ifPresent(ui -> ui.navigate(freelancer.path()));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        var form = new FormLayout(job, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("gf-card");
        add(form, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.title", name) + " · Gigforge";
    }
}
