package org.gigforge.profile.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import org.gigforge.profile.FreelancerCard;
import org.gigforge.profile.ProfileService;
import org.gigforge.platform.Markdown;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/** Clients browse freelancers: who is available, their rate, level, place and skills. */
@Route("talent")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.talent", order = 22, icon = "vaadin:users")
public class TalentView extends VerticalLayout implements HasDynamicTitle {

    TalentView(ProfileService profiles, Taxonomy taxonomy) {
        addClassName("gf-page");
        setId("talent");
        var count = new Span(getTranslation("talent.count", profiles.countFreelancers()));
        count.addClassName("gf-muted");

        var list = new VirtualList<FreelancerCard>();
        list.setRenderer(new ComponentRenderer<>(card -> card(card, taxonomy)));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> profiles.browseFreelancers(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) profiles.countFreelancers()));
        list.addClassName("gf-job-list");
        list.setSizeFull();

        add(new ViewHeader(getTranslation("nav.talent"), getTranslation("talent.lead")), count, list);
        setSizeFull();
        setFlexGrow(1, list);
    }

    private Div card(FreelancerCard f, Taxonomy taxonomy) {
        var avatar = new Avatar(f.name());
        avatar.setImage(f.photoUrl());
        var name = new H3(new Anchor(f.path(), f.name()));
        name.addClassName("gf-job-title");
        var who = new Div(avatar, new Div(name, new Span(f.title())));
        who.addClassName("gf-talent-head");

        var meta = FreelancerFacts.line(this, f);

        var overview = new Paragraph(Markdown.toPlainText(f.overview()));
        overview.addClassName("gf-job-excerpt");
        var skills = Chips.of(f.skills().stream().limit(8)
                .map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());
        var card = new Div(who, meta, overview, skills);
        // Clients reach the invitation page of the jobs module by its address, keeping the modules apart.
        var invite = new Anchor("invite/" + f.userId(), getTranslation("talent.invite"));
        invite.addClassName("gf-card-action");
        card.add(invite);
        card.addClassName("gf-job-card");
        return card;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.talent") + " · Gigforge";
    }
}
