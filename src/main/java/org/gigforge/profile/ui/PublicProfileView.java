package org.gigforge.profile.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import com.vaadin.flow.component.html.Anchor;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.MarkdownText;
import org.gigforge.profile.FreelancerCard;
import org.gigforge.profile.FreelancerPage;
import org.gigforge.profile.ProfileAddress;
import org.gigforge.profile.ProfileAddressService;
import org.gigforge.profile.ProfileViewService;
import org.gigforge.profile.ProfileService;
import org.gigforge.profile.Reputation;
import org.gigforge.profile.ReputationSource;
import org.springframework.beans.factory.ObjectProvider;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/**
 * A freelancer's public profile at {@code /freelancers/{id}-{name}}: readable by anyone, private data hidden. A
 * freelancer whose plan includes it is also at their own address, {@code /u/{slug}}; when the plan ends, that address
 * forwards to the usual one. Every visit by someone else is counted for the freelancer's profile analytics.
 */
@Route("freelancers/:idAndSlug")
@RouteAlias("u/:address")
@AnonymousAllowed
public class PublicProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern ID_AND_SLUG = Pattern.compile("^(\\d{1,18})(?:-[a-z0-9-]*)?$");

    private final transient ProfileService profiles;
    private final transient Taxonomy taxonomy;
    private final transient Clock clock;
    // Optional: the profile works without a reviews module, and must not depend on it (cycle).
    private final transient ObjectProvider<ReputationSource> reputation;
    private final transient ProfileAddressService addresses;
    private final transient ProfileViewService views;
    private String name = "";

    PublicProfileView(ProfileService profiles, Taxonomy taxonomy, Clock clock, ObjectProvider<ReputationSource> reputation,
            ProfileAddressService addresses, ProfileViewService views) {
        this.profiles = profiles;
        this.addresses = addresses;
        this.views = views;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.reputation = reputation;
        addClassName("gf-page");
        setId("public-profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> address = event.getRouteParameters().get("address");
        Optional<UserId> freelancer;
        if (address.isPresent()) {
            Optional<ProfileAddress> resolved = addresses.resolve(address.get());
            if (resolved.isPresent() && !resolved.get().active()) {
                event.forwardTo(PublicProfileView.class,
                        new RouteParameters("idAndSlug", resolved.get().freelancer().toString()));
                return;
            }
            freelancer = resolved.map(ProfileAddress::freelancer);
        } else {
            freelancer = event.getRouteParameters().get("idAndSlug")
                    .map(ID_AND_SLUG::matcher)
                    .filter(Matcher::matches)
                    .map(m -> new UserId(Long.parseLong(m.group(1))));
        }
        Optional<FreelancerPage> page = freelancer.flatMap(profiles::publicFreelancerPage);
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("profile.public.not-found"));
            return;
        }
        views.countView(page.get().card().userId());
        removeAll();
        show(page.get());
    }

    private void show(FreelancerPage page) {
        FreelancerCard f = page.card();
        name = f.name();
        var avatar = new Avatar(f.name());
        avatar.setImage(f.photoUrl());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        var heading = new Div(new H1(f.name()), new Paragraph(f.title()));
        heading.addClassName("gf-profile-heading");
        var head = new Div(avatar, heading);
        head.addClassName("gf-talent-head");

        String localTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of(f.timeZone())).format(clock.instant());
        var meta = FreelancerFacts.line(this, f);
        meta.add(Chips.dot(), new Span(getTranslation("profile.public.local-time", localTime)));
        var overview = new MarkdownText(f.overview());
        overview.addClassName("gf-job-description");
        var skills = Chips.of(f.skills().stream().map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());

        var card = new Div(head, meta);
        if (AccountPrincipal.current().filter(me -> me.hasRole(Role.CLIENT) && !me.userId().equals(f.userId())).isPresent()) {
            var invite = new Anchor("invite/" + f.userId(), getTranslation("talent.invite"));
            invite.addClassName("gf-button-link");
            invite.setId("profile-invite");
            card.add(invite);
        }
        card.add(new H2(getTranslation("profile.overview")), overview,
                new H2(getTranslation("profile.skills")), skills);
        if (!page.languages().isEmpty()) {
            card.add(new H2(getTranslation("profile.languages")), Chips.of(page.languages().stream()
                    .map(l -> LanguagesField.name(l.code()) + " · " + getTranslation("language-level." + l.level()))
                    .toList()));
        }
        if (!page.employment().isEmpty()) {
            var history = new UnorderedList();
            history.addClassName("gf-history");
            page.employment().forEach(e -> {
                var role = new Span(e.role() + ", " + e.company());
                role.addClassName("gf-history-role");
                var when = new Span(EmploymentField.period(e, getTranslation("profile.employment.present")));
                when.addClassName("gf-muted");
                history.add(new ListItem(role, when));
            });
            card.add(new H2(getTranslation("profile.employment")), history);
        }
        if (!page.portfolio().isEmpty()) {
            var pieces = new Div();
            pieces.addClassName("gf-portfolio");
            pieces.setId("public-portfolio");
            page.portfolio().forEach(item -> pieces.add(PortfolioEditor.piece(item)));
            card.add(new H2(getTranslation("portfolio")), pieces);
        }
        reputation.ifAvailable(source -> reviews(card, source.reputationOf(f.userId(), 5)));
        card.addClassNames("gf-card", "gf-job-main");
        add(card);
    }

    private void reviews(Div card, Reputation r) {
        var section = new ReputationPanel(r, "review.public.none");
        section.setId("public-reviews");
        card.add(new H2(getTranslation("review.public.title")), section);
    }

    @Override
    public String getPageTitle() {
        return name + " · Gigforge";
    }
}
