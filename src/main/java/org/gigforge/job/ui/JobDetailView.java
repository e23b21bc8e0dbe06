package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gigforge.account.Role;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.job.ClientHistory;
import org.gigforge.job.JobId;
import org.gigforge.job.JobVisibility;
import org.gigforge.platform.ui.MarkdownText;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.ClientCard;
import org.gigforge.profile.ProfileService;
import org.gigforge.profile.Reputation;
import org.gigforge.profile.ReputationSource;
import org.gigforge.profile.ui.ReputationPanel;
import org.springframework.beans.factory.ObjectProvider;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/**
 * A job's public page at {@code /jobs/{id}-{slug}}: readable without an account, with the client's
 * history and similar jobs. Freelancers apply from here; visitors are asked to log in first.
 */
@Route("jobs/:idAndSlug")
@AnonymousAllowed
public class JobDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern ID_AND_SLUG = Pattern.compile("^(\\d{1,18})(?:-[a-z0-9-]*)?$");

    private final transient JobService jobs;
    private final transient Taxonomy taxonomy;
    private final transient AuthenticationContext authentication;
    private final transient Clock clock;
    private final transient ProfileService profiles;
    private final transient ObjectProvider<ReputationSource> reputation;
    private String title = "";

    JobDetailView(JobService jobs, ProfileService profiles, Taxonomy taxonomy, AuthenticationContext authentication,
            Clock clock, ObjectProvider<ReputationSource> reputation) {
        this.jobs = jobs;
        this.reputation = reputation;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.authentication = authentication;
        this.clock = clock;
        addClassNames("gf-page", "gf-job-detail");
        setId("job-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<JobSummary> job = event.getRouteParameters().get("idAndSlug")
                .map(ID_AND_SLUG::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> new JobId(Long.parseLong(m.group(1))))
                .flatMap(jobs::openJob);
        if (job.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("job.detail.not-found"));
            return;
        }
        removeAll();
        show(job.get());
    }

    private void show(JobSummary job) {
        title = job.title();
        var heading = new H1(job.title());
        var meta = new Div(new Span(JobCard.terms(this, job)), Chips.dot(),
                new Span(getTranslation("experience." + job.experienceLevel().name())), Chips.dot(),
                new Span(getTranslation("duration." + job.duration().name())), Chips.dot(),
                new Span(getTranslation("job.posted", Formats.ago(this, job.publishedAt(), clock.instant()))));
        meta.addClassName("gf-job-meta");

        meta.add(Chips.dot(), new Span(JobCard.where(this, job)));
        if (job.visibility() == JobVisibility.INVITE_ONLY) {
            meta.add(Chips.dot(), Chips.badge(getTranslation("job.invite-only"), "draft"));
        }
        var description = new MarkdownText(job.description());
        description.addClassName("gf-job-description");
        var skills = Chips.of(job.skills().stream().map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());
        var category = taxonomy.category(job.categoryCode()).map(c -> c.name(getLocale())).orElse(job.categoryCode());

        var main = new Div(heading, meta, description, new H2(getTranslation("job.skills")), skills,
                new Paragraph(getTranslation("job.category") + ": " + category));
        if (!job.questions().isEmpty()) {
            var questions = new OrderedList();
            job.questions().forEach(q -> questions.add(new ListItem(q)));
            main.add(new H2(getTranslation("job.questions.asked")), questions);
        }
        if (!job.attachments().isEmpty()) {
            main.add(new H2(getTranslation("job.attachments")));
            if (authentication.isAuthenticated()) {
                var list = new UnorderedList();
                list.setId("job-attachment-links");
                jobs.attachments(job.id()).forEach(file -> list.add(new ListItem(FileLinks.download(file))));
                main.add(list);
            } else {
                // Files are for members: the count tells a visitor there is more to read after logging in.
                main.add(new Paragraph(getTranslation("job.attachments.log-in", job.attachments().size())));
            }
        }
        main.add(applyButton(job));
        main.addClassNames("gf-card", "gf-job-main");

        ClientHistory history = jobs.clientHistory(job.clientId());
        var client = new Div(new H2(getTranslation("job.detail.about-client")));
        var about = profiles.publicClient(job.clientId());
        String company = about.map(ClientCard::companyName).orElse(null);
        client.add(new Paragraph(company == null ? job.clientName() : company + " · " + job.clientName()));
        about.ifPresent(c -> {
            if (c.logoUrl() != null) {
                var logo = new com.vaadin.flow.component.html.Image(c.logoUrl(), company == null ? job.clientName() : company);
                logo.addClassName("gf-logo");
                client.add(logo);
            }
            if (c.paymentVerified()) {
                client.add(Chips.badge(getTranslation("client.payment-verified"), "open"));
            }
            client.add(new Paragraph(c.city() + ", " + Locale.of("", c.countryCode()).getDisplayCountry(Formats.locale())));
            if (c.description() != null) {
                var aboutText = new Paragraph(c.description());
                aboutText.addClassName("gf-muted");
                client.add(aboutText);
            }
        });
        var facts = new UnorderedList(
                new ListItem(getTranslation("job.detail.client-jobs", history.jobsPosted())),
                new ListItem(getTranslation("job.detail.client-open", history.openJobs())),
                new ListItem(getTranslation("job.detail.client-hires", history.hires())),
                new ListItem(history.spent().isEmpty() ? getTranslation("job.detail.client-spent.none")
                        : getTranslation("job.detail.client-spent", history.spent().stream().map(Formats::money)
                                .collect(java.util.stream.Collectors.joining(" + ")))),
                new ListItem(getTranslation("job.detail.client-since", Formats.date(history.memberSince()))));
        facts.addClassName("gf-facts");
        facts.setId("client-history");
        client.add(facts);
        reputation.ifAvailable(source -> clientReviews(client, source.reputationOf(job.clientId(), 3)));
        client.addClassName("gf-card");

        var similar = new Div(new H2(getTranslation("job.detail.similar")));
        similar.addClassName("gf-card");
        var others = jobs.similarOpenJobs(job, 5);
        others.forEach(other -> {
            var link = new Anchor(other.path(), other.title());
            link.addClassName("gf-similar-link");
            similar.add(new Div(link, new Div(new Span(JobCard.terms(this, other)))));
        });
        if (others.isEmpty()) {
            similar.add(new Paragraph(getTranslation("job.detail.no-similar")));
        }

        var side = new Aside(client, similar);
        side.addClassName("gf-job-side");
        var layout = new Div(main, side);
        layout.addClassName("gf-job-layout");
        add(layout);
    }

    /** What freelancers who worked for this client said: the average and the latest few, published reviews only. */
    private void clientReviews(Div client, Reputation r) {
        var section = new ReputationPanel(r, "job.detail.client-reviews.none");
        section.setId("client-reviews");
        client.add(new H2(getTranslation("job.detail.client-reviews")), section);
    }

    private Button applyButton(JobSummary job) {
        boolean freelancer = authentication.hasRole(Role.Names.FREELANCER);
        var apply = new Button(getTranslation(freelancer ? "job.apply" : "job.detail.login-to-apply"),
                e -> getUI().ifPresent(ui -> ui.navigate(freelancer ? "jobs/" + job.id() + "/apply" : "login")));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("job-apply");
        // Clients don't apply; the button would only confuse them.
        apply.setVisible(freelancer || !authentication.isAuthenticated());
        return apply;
    }

    @Override
    public String getPageTitle() {
        return title + " · Gigforge";
    }
}
