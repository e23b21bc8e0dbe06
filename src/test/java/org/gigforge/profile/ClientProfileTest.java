package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class ClientProfileTest {

    @Autowired ProfileService profiles;
    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_client_describes_their_company_and_everyone_sees_it_on_their_jobs() {
        String email = TestAccounts.uniqueEmail("company.client");
        var me = accounts.signUp(new SignUpRequest("Ines Ortega", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);
        assertThat(profiles.myClientProfile()).isEmpty();

        profiles.saveMyClientProfile(new ClientProfileData("  Ortega Ceramics ", "We make tableware by hand.", "Lisbon", "PT"));
        profiles.saveMyClientProfile(new ClientProfileData(" ", "We make tableware by hand.", "Lisbon", "PT"));
        TestAccounts.signOut();

        var visible = profiles.publicClient(me.id()).orElseThrow();
        assertThat(visible.companyName()).isNull();
        assertThat(visible.city()).isEqualTo("Lisbon");
    }

    @Test
    void the_first_successful_charge_marks_the_client_payment_verified_even_before_a_profile_exists() {
        String email = TestAccounts.uniqueEmail("paying.client");
        var client = accounts.signUp(new SignUpRequest("Paula Paying", email, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Femi Freelance", TestAccounts.uniqueEmail("paid.freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        profiles.saveMyClientProfile(new ClientProfileData("Paying Bakery", null, "Lisbon", "PT"));
        assertThat(profiles.publicClient(client.id()).orElseThrow().paymentVerified()).isFalse();

        var escrow = new EscrowRef("contract-" + (900_000_000L + client.id().value()), client.id(), freelancer.id());
        payments.fund(IdempotencyKey.of("fund:" + escrow.contractRef()), escrow, Money.ofMajor(80, "USD"), "First milestone");
        assertThat(profiles.publicClient(client.id()).orElseThrow().paymentVerified()).isTrue();

        // A client who paid before writing a profile starts verified.
        String early = TestAccounts.uniqueEmail("early.client");
        var earlyClient = accounts.signUp(new SignUpRequest("Eli Early", early, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, early);
        var second = new EscrowRef("contract-" + (900_000_000L + earlyClient.id().value()), earlyClient.id(), freelancer.id());
        payments.fund(IdempotencyKey.of("fund:" + second.contractRef()), second, Money.ofMajor(80, "USD"), "First milestone");
        profiles.saveMyClientProfile(new ClientProfileData(null, null, "Porto", "PT"));
        assertThat(profiles.publicClient(earlyClient.id()).orElseThrow().paymentVerified()).isTrue();
    }

    @Test
    void refuses_unknown_places_and_freelancers() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> profiles.saveMyClientProfile(new ClientProfileData("X", null, "Atlantis", "XX")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("place"));
        assertThatThrownBy(() -> profiles.saveMyClientProfile(new ClientProfileData("x".repeat(121), null, "Lisbon", "PT")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyName"));
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> profiles.saveMyClientProfile(new ClientProfileData(null, null, "Lisbon", "PT")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
