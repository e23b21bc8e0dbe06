package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class FreelancerProfileEditingTest {

    @Autowired ProfileService profiles;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_new_freelancer_creates_a_profile_that_clients_then_find() {
        String email = TestAccounts.uniqueEmail("fresh.freelancer");
        accounts.signUp(new SignUpRequest("Noor Haddad", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        assertThat(profiles.myFreelancerProfile()).isEmpty();

        var saved = profiles.saveMyFreelancerProfile(valid("Lisbon", "PT"));
        assertThat(saved.city()).isEqualTo("Lisbon");
        assertThat(profiles.myFreelancerProfile()).contains(saved);

        var changed = profiles.saveMyFreelancerProfile(new FreelancerProfileData("Flutter developer", "Apps.",
                List.of("flutter"), Money.ofMajor(55, "USD"), ExperienceLevel.EXPERT, "Lisbon", "PT", 10, false,
                "Atlantic/Madeira", List.of(new LanguageSkill("pt", LanguageLevel.NATIVE), new LanguageSkill("en", LanguageLevel.FLUENT)),
                List.of(new Employment("Farfetch", "Mobile engineer", YearMonth.of(2019, 3), YearMonth.of(2023, 8)))));
        assertThat(changed.title()).isEqualTo("Flutter developer");
        assertThat(changed.availableNow()).isFalse();
        assertThat(changed.timeZone()).isEqualTo("Atlantic/Madeira");
        assertThat(changed.languages()).extracting(LanguageSkill::code).containsExactly("pt", "en");
        assertThat(changed.employment()).singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(YearMonth.of(2023, 8)));
        assertThat(profiles.publicFreelancerPage(AccountPrincipal.currentUserId()).orElseThrow().languages()).hasSize(2);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        long total = profiles.countFreelancers();
        assertThat(profiles.browseFreelancers(PageRequest.of(0, 100)).stream()
                .filter(card -> card.name().equals("Noor Haddad"))).hasSize(1);
        assertThat(total).isGreaterThanOrEqualTo(71);
    }

    @Test
    void refuses_unknown_skills_places_and_absurd_rates() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        var before = profiles.myFreelancerProfile();
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(new FreelancerProfileData("T", "O", List.of("no-such"),
                Money.ofMajor(5_000, "USD"), ExperienceLevel.ENTRY, "Atlantis", "XX", 20, true,
                "Mars/Olympus", List.of(new LanguageSkill("xx", LanguageLevel.BASIC)),
                List.of(new Employment("Future Inc", "CTO", YearMonth.now().plusYears(1), null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("skills", "hourlyRate", "place", "timeZone", "languages", "employment"));
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(withHistory(List.of(
                new Employment("Acme", "Designer", YearMonth.of(2020, 5), YearMonth.of(2019, 1))),
                List.of(new LanguageSkill("de", LanguageLevel.FLUENT), new LanguageSkill("de", LanguageLevel.NATIVE)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("profile.languages.duplicate", "profile.employment.order"));
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(valid("Lisbon", "PT", Money.ofMajor(40, "JPY"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("profile.rate.currency"));
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(new FreelancerProfileData("", "", List.of(), null, null,
                "", "", 0, true, "", List.of(new LanguageSkill("en", null)), List.of(new Employment("", "", null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("title", "overview", "skills", "hourlyRate", "experienceLevel", "hoursPerWeek", "languages",
                                "employment"));
        assertThat(profiles.myFreelancerProfile()).isEqualTo(before);
    }

    @Test
    void clients_have_no_freelancer_profile_to_edit() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(valid("Lisbon", "PT")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> profiles.myFreelancerProfile()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static FreelancerProfileData valid(String city, String country) {
        return valid(city, country, Money.ofMajor(45, "USD"));
    }

    private static FreelancerProfileData valid(String city, String country, Money rate) {
        return new FreelancerProfileData("Mobile developer (Flutter, Kotlin)",
                "Six years of building Android and cross-platform apps for retailers and clinics.",
                List.of("flutter", "kotlin"), rate, ExperienceLevel.INTERMEDIATE, city, country, 30, true, "",
                List.of(), List.of());
    }

    private static FreelancerProfileData withHistory(List<Employment> employment, List<LanguageSkill> languages) {
        var base = valid("Lisbon", "PT");
        return new FreelancerProfileData(base.title(), base.overview(), base.skills(), base.hourlyRate(),
                base.experienceLevel(), base.city(), base.countryCode(), base.hoursPerWeek(), base.availableNow(), "",
                languages, employment);
    }
}
