package org.gigforge.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.YearMonth;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.platform.Money;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;
import org.gigforge.profile.ProfileService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A new freelancer fills in the whole profile form and then sees the public page. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class MyProfileViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ProfileService profiles;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_freelancer_builds_a_profile_with_languages_and_history() {
        String email = TestAccounts.uniqueEmail("form.freelancer");
        accounts.signUp(new SignUpRequest("Ines Carvalho", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        UI.getCurrent().navigate(MyProfileView.class);

        test(find(TextField.class).withId("profile-title").single()).setValue("Product photographer");
        test(find(TextArea.class).withId("profile-overview").single())
                .setValue("I photograph **food** and interiors for restaurants.\n\n- 9 years\n- studio in Lisbon");
        MultiSelectComboBox<Skill> skills = find(MultiSelectComboBox.class).withId("profile-skills").single();
        skills.setValue(skills.getListDataView().getItems().filter(s -> s.slug().equals("graphic-design")).toList());
        find(IntegerField.class).withId("profile-rate").single().setValue(60);
        ((Select<String>) find(Select.class).withId("profile-currency").single()).setValue("EUR");
        ((Select<ExperienceLevel>) find(Select.class).withId("profile-experience").single()).setValue(ExperienceLevel.EXPERT);
        ComboBox<Place> place = find(ComboBox.class).withId("profile-place").single();
        place.setValue(place.getListDataView().getItems().filter(p -> p.city().equals("Lisbon")).findFirst().orElseThrow());

        ComboBox<String> language = find(ComboBox.class).withId("profile-language").single();
        language.setValue("pt");
        Select<LanguageLevel> level = find(Select.class).withId("profile-language-level").single();
        level.setValue(LanguageLevel.NATIVE);
        test(find(Button.class).withId("profile-language-add").single()).click();
        language.setValue("en");
        level.setValue(LanguageLevel.FLUENT);
        test(find(Button.class).withId("profile-language-add").single()).click();

        test(find(TextField.class).withId("profile-employment-company").single()).setValue("Studio Luz");
        test(find(TextField.class).withId("profile-employment-role").single()).setValue("Photographer");
        find(DatePicker.class).withId("profile-employment-from").single().setValue(LocalDate.of(2017, 4, 1));
        test(find(Button.class).withId("profile-employment-add").single()).click();

        test(find(Button.class).withId("profile-save").single()).click();

        var saved = profiles.myFreelancerProfile().orElseThrow();
        assertThat(saved.hourlyRate()).isEqualTo(Money.ofMajor(60, "EUR"));
        assertThat(saved.timeZone()).isEqualTo("Europe/Lisbon");
        assertThat(saved.languages()).containsExactly(new LanguageSkill("pt", LanguageLevel.NATIVE),
                new LanguageSkill("en", LanguageLevel.FLUENT));
        assertThat(saved.employment()).singleElement().satisfies(e -> {
            assertThat(e.company()).isEqualTo("Studio Luz");
            assertThat(e.from()).isEqualTo(YearMonth.of(2017, 4));
            assertThat(e.current()).isTrue();
        });

        TestAccounts.signOut();
        UI.getCurrent().navigate("freelancers/" + AccountPrincipalId.of(users, email));
        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Languages", "Employment history");
        var overview = find(com.vaadin.flow.component.html.Div.class).withClassName("gf-markdown").single();
        assertThat(overview.getElement().getProperty("innerHTML")).contains("<strong>food</strong>", "<li>9 years</li>");
    }

    /** The numeric id behind an email, for building the public address. */
    private static final class AccountPrincipalId {
        static long of(UserDetailsService users, String email) {
            return ((AccountPrincipal) users.loadUserByUsername(email)).userId().value();
        }
    }
}
