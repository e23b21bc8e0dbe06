package org.gigforge.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.gigforge.profile.FreelancerProfileData;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;
import org.gigforge.profile.ProfileService;
import org.gigforge.profile.TalentHits;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Skill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A client searches talent: the address keeps the search, filters show counts, every result can be invited. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class TalentViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ProfileService profiles;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private UserId freelancer(String name, String title, List<String> skills, String city, String country) {
        String email = TestAccounts.uniqueEmail("talent.view");
        accounts.signUp(new SignUpRequest(name, email, "copper kettle mountain", Role.FREELANCER));
        var id = TestAccounts.signInAs(users, email).userId();
        profiles.saveMyFreelancerProfile(new FreelancerProfileData(title, "Ten years of " + title.toLowerCase()
                + " for small shops.", skills, Money.ofMajor(55, "USD"), ExperienceLevel.EXPERT, city, country, 25, true,
                "", List.of(new LanguageSkill("en", LanguageLevel.FLUENT)), List.of()));
        TestAccounts.signOut();
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<TalentHits.Hit> results() {
        var list = (VirtualList<TalentHits.Hit>) find(VirtualList.class).single();
        return list.getDataProvider().fetch(new Query<>()).toList();
    }

    /** A result as the list draws it (lazily, in the browser). */
    private String rendered(TalentHits.Hit hit) {
        return ((TalentView) getCurrentView()).card(hit).getElement().getOuterHTML();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_client_searches_with_a_typo_filters_with_counts_and_invites_from_the_result() {
        // A word no other test writes, so the shared database's other profiles stay out of the way.
        String word = "Quokkagraph";
        var berlin = freelancer("Wanda Quokka", word + " illustrator", List.of("illustration"), "Berlin", "DE");
        var paris = freelancer("Pierre Quokka", word + " animator", List.of("illustration", "adobe-illustrator"),
                "Paris", "FR");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        // A typo in the address: the search is restored from it.
        UI.getCurrent().navigate("talent", QueryParameters.fromString("q=quokagraph"));
        assertThat(getCurrentView()).isInstanceOf(TalentView.class);
        assertThat(find(TextField.class).withId("talent-text").single().getValue()).isEqualTo("quokagraph");
        assertThat(results()).extracting(h -> h.card().userId()).containsExactlyInAnyOrder(berlin, paris);
        assertThat(find(Span.class).withId("talent-count").single().getText()).isEqualTo("2 freelancers");
        var card = rendered(results().stream().filter(h -> h.card().userId().equals(berlin)).findFirst().orElseThrow());
        assertThat(card).contains("href=\"invite/" + berlin + "\"").contains("Wanda Quokka").contains("<em>");

        // The skills filter counts within the text search; choosing a country narrows and goes to the address.
        var skills = (MultiSelectComboBox<Skill>) find(MultiSelectComboBox.class).withId("talent-skills").single();
        var illustrator = skills.getListDataView().getItems().filter(s -> s.slug().equals("adobe-illustrator"))
                .findFirst().orElseThrow();
        assertThat(skills.getItemLabelGenerator().apply(illustrator)).isEqualTo("Adobe Illustrator (1)");
        var country = (ComboBox<String>) find(ComboBox.class).withId("talent-country").single();
        assertThat(country.getItemLabelGenerator().apply("FR")).isEqualTo("France (1)");
        test(country).selectItem("France (1)");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("talent?q=quokagraph&country=FR");
        assertThat(results()).extracting(h -> h.card().userId()).containsExactly(paris);
        assertThat(find(Checkbox.class).withId("talent-available").single().getLabel()).isEqualTo("Available now (1)");

        // Nothing found: the page offers to drop what blocks it.
        UI.getCurrent().navigate("talent", QueryParameters.fromString("q=quokkagraph&country=JP"));
        assertThat(results()).isEmpty();
        var drop = find(Button.class).withId("talent-loosen-country").single();
        assertThat(drop.getText()).isEqualTo("Without the country: 2");
        test(drop).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("talent?q=quokkagraph");
        assertThat(results()).hasSize(2);
    }

    @Test
    void a_new_profile_shows_as_new_instead_of_without_stars() {
        var id = freelancer("Nora Wombatine", "Wombatine bookkeeper", List.of("copywriting"), "Munich", "DE");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("talent", QueryParameters.fromString("q=wombatine"));
        assertThat(results()).extracting(h -> h.card().userId()).containsExactly(id);
        assertThat(rendered(results().getFirst())).contains("New on Gigforge").doesNotContain("★");
    }
}
