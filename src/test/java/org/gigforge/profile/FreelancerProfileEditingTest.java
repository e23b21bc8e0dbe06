package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
                List.of("flutter"), Money.ofMajor(55, "USD"), ExperienceLevel.EXPERT, "Lisbon", "PT", 10, false));
        assertThat(changed.title()).isEqualTo("Flutter developer");
        assertThat(changed.availableNow()).isFalse();

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
                Money.ofMajor(5_000, "USD"), ExperienceLevel.ENTRY, "Atlantis", "XX", 20, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("skills", "hourlyRate", "place"));
        assertThatThrownBy(() -> profiles.saveMyFreelancerProfile(new FreelancerProfileData("", "", List.of(), null, null,
                "", "", 0, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("title", "overview", "skills", "hourlyRate", "experienceLevel", "hoursPerWeek"));
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
        return new FreelancerProfileData("Mobile developer (Flutter, Kotlin)",
                "Six years of building Android and cross-platform apps for retailers and clinics.",
                List.of("flutter", "kotlin"), Money.ofMajor(45, "USD"), ExperienceLevel.INTERMEDIATE, city, country, 30, true);
    }
}
