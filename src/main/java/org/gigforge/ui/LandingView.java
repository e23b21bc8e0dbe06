package org.gigforge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import org.gigforge.account.Role;
import org.gigforge.job.JobService;
import org.gigforge.job.ui.JobCard;
import org.gigforge.taxonomy.Taxonomy;
import org.springframework.data.domain.PageRequest;

/** The front door for visitors: what Gigforge is, why it is fairer, and the newest jobs. */
@Route("")
@AnonymousAllowed
public class LandingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LATEST_JOBS = 8;

    private final transient AuthenticationContext authentication;

    LandingView(JobService jobs, Taxonomy taxonomy, AuthenticationContext authentication, Clock clock) {
        this.authentication = authentication;
        addClassNames("gf-page", "gf-landing");

        var hire = new Button(getTranslation("landing.cta.hire"), e -> getUI().ifPresent(ui -> ui.navigate("signup", QueryParameters.of("role", Role.CLIENT.name()))));
        hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var work = new Button(getTranslation("landing.cta.work"), e -> getUI().ifPresent(ui -> ui.navigate("signup", QueryParameters.of("role", Role.FREELANCER.name()))));
        work.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var hero = new Section(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")),
                new HorizontalLayout(hire, work));
        hero.addClassName("gf-hero");

        var promises = new Div();
        promises.addClassName("gf-promises");
        for (String key : new String[] {"free-to-apply", "fees-upfront", "protection", "fair-disputes"}) {
            var promise = new Div(new H3(getTranslation("landing.promise." + key + ".title")),
                    new Paragraph(getTranslation("landing.promise." + key + ".text")));
            promise.addClassName("gf-promise");
            promises.add(promise);
        }

        var latest = new Section(new H2(getTranslation("landing.latest", jobs.countOpenJobs(null))));
        latest.addClassName("gf-latest");
        latest.setId("latest-jobs");
        var list = new Div();
        list.addClassName("gf-job-grid");
        var now = clock.instant();
        jobs.openJobs(null, PageRequest.of(0, LATEST_JOBS)).forEach(job -> list.add(new JobCard(job, taxonomy, now)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("landing.no-jobs")));
        }
        latest.add(list);

        add(hero, promises, latest);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Members go straight to their own home.
        if (authentication.hasRole(Role.Names.ADMIN)) {
            event.forwardTo("admin/users");
        } else if (authentication.hasRole(Role.Names.CLIENT)) {
            event.forwardTo("client/jobs");
        } else if (authentication.hasRole(Role.Names.FREELANCER)) {
            event.forwardTo("work");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title");
    }
}
