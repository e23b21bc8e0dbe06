package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.subscription.Subscribing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Plus tools: an own profile address while the plan lasts, and daily profile views only the freelancer sees. */
@GigforgeTest
class ProfilePlusTest {

    @Autowired ProfileAddressService addresses;
    @Autowired ProfileViewService views;
    @Autowired SubscriptionService subscriptions;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        TestAccounts.signOut();
        clock.reset();
    }

    @Test
    void an_address_needs_plus_and_a_valid_free_unreserved_name() {
        String freelancer = freelancer();
        TestAccounts.signInAs(users, freelancer);
        String wanted = "pat-" + Long.toString(System.nanoTime(), 36);

        assertThatThrownBy(() -> addresses.setMyAddress(wanted)).isInstanceOf(UserFacingException.class)
                .hasMessage("profile.address.plan-needed");

        subscriptions.subscribe("plus");
        for (String bad : new String[] {"ab", "-abc", "abc-", "abc_d", "a b c", "x".repeat(31), "pät"}) {
            assertThatThrownBy(() -> addresses.setMyAddress(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("address");
                                assertThat(p.messageKey()).isEqualTo("profile.address.form");
                            }));
        }
        assertThatThrownBy(() -> addresses.setMyAddress("admin")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("profile.address.reserved");

        ProfileAddress saved = addresses.setMyAddress(" " + wanted.toUpperCase(java.util.Locale.ROOT) + " ");
        assertThat(saved.slug()).isEqualTo(wanted);
        assertThat(addresses.myAddress()).contains(saved);
        UserId owner = accounts.currentAccount().id();

        // Someone else with Plus cannot take it.
        TestAccounts.signInAs(users, freelancer());
        subscriptions.subscribe("plus");
        assertThatThrownBy(() -> addresses.setMyAddress(wanted)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("profile.address.taken");
        addresses.removeMyAddress();
        assertThat(addresses.resolve(wanted)).contains(new ProfileAddress(owner, wanted, true));
        // A client has no profile address to set.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> addresses.setMyAddress("client-corner")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_address_leads_to_the_profile_only_while_plus_lasts() {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        String freelancer = freelancer();
        TestAccounts.signInAs(users, freelancer);
        var plus = ((Subscribing.Activated) subscriptions.subscribe("plus")).subscription();
        String wanted = "ends-" + Long.toString(System.nanoTime(), 36);
        addresses.setMyAddress(wanted);
        subscriptions.cancel(plus.id());
        TestAccounts.signOut();

        assertThat(addresses.resolve(wanted)).hasValueSatisfying(address -> assertThat(address.active()).isTrue());
        clock.advance(Duration.ofDays(31));
        assertThat(addresses.resolve(wanted)).hasValueSatisfying(address -> assertThat(address.active()).isFalse());
        assertThat(addresses.resolve("nobody-has-this-" + Long.toString(System.nanoTime(), 36))).isEmpty();

        // Still reserved for its owner, who cannot change it without the plan.
        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> addresses.setMyAddress(wanted + "-x")).isInstanceOf(UserFacingException.class)
                .hasMessage("profile.address.plan-needed");
    }

    @Test
    void views_by_others_are_counted_per_day_and_only_a_plus_freelancer_sees_their_own() {
        clock.set(Instant.parse("2026-07-15T12:00:00Z"));
        String freelancer = freelancer();
        TestAccounts.signInAs(users, freelancer);
        UserId me = accounts.currentAccount().id();
        assertThat(views.countView(me)).isFalse();
        assertThatThrownBy(() -> views.myViews()).isInstanceOf(UserFacingException.class)
                .hasMessage("profile.views.plan-needed");

        TestAccounts.signOut();
        views.countView(me);
        views.countView(me);
        clock.advance(Duration.ofDays(1));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        views.countView(me);
        TestAccounts.signInAs(users, freelancer);
        views.countView(me);

        subscriptions.subscribe("plus");
        ProfileViews seen = views.myViews();
        assertThat(seen.days()).hasSize(ProfileViewService.DAYS);
        assertThat(seen.days().getLast()).isEqualTo(new ProfileViews.Day(LocalDate.parse("2026-07-16"), 1));
        assertThat(seen.days().get(ProfileViewService.DAYS - 2)).isEqualTo(new ProfileViews.Day(LocalDate.parse("2026-07-15"), 2));
        assertThat(seen.total()).isEqualTo(3);

        // Another Plus freelancer sees their own numbers, never these.
        TestAccounts.signInAs(users, freelancer());
        subscriptions.subscribe("plus");
        assertThat(views.myViews().total()).isZero();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> views.myViews()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String freelancer() {
        String email = TestAccounts.uniqueEmail("plus.freelancer");
        accounts.signUp(new SignUpRequest("Pat Plus", email, "copper kettle mountain", Role.FREELANCER));
        return email;
    }
}
