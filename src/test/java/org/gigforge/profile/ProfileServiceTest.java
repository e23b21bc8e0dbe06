package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class ProfileServiceTest {

    @Autowired ProfileService profiles;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void clients_browse_freelancers_available_ones_first_in_stable_pages() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var first = profiles.browseFreelancers(PageRequest.of(0, 20));
        var second = profiles.browseFreelancers(PageRequest.of(1, 20));
        assertThat(first).hasSize(20).allMatch(f -> !f.name().isBlank() && !f.skills().isEmpty());
        assertThat(first.getFirst().availableNow()).isTrue();
        assertThat(second).extracting(FreelancerCard::userId)
                .doesNotContainAnyElementsOf(first.stream().map(FreelancerCard::userId).toList());
        assertThat(profiles.countFreelancers()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void visitors_cannot_browse_talent() {
        assertThatThrownBy(() -> profiles.browseFreelancers(PageRequest.of(0, 10))).isInstanceOf(Exception.class);
    }
}
