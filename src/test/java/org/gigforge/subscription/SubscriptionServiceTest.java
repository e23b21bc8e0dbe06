package org.gigforge.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.account.UserId;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.internal.DemoRenewals;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Plans in demo mode: subscribing, what the plan unlocks (more open jobs), cancelling, renewing, and who may. */
@GigforgeTest
@RecordApplicationEvents
class SubscriptionServiceTest {

    @Autowired SubscriptionService subscriptions;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired DemoRenewals renewals;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PaymentService payments;
    @Autowired ApplicationEvents events;

    @AfterEach
    void tearDown() {
        TestAccounts.signOut();
        clock.reset();
    }

    @Test
    void the_plans_come_from_configuration_and_run_in_demo_mode_without_stripe() {
        String client = member(Role.CLIENT);
        TestAccounts.signInAs(users, client);

        assertThat(subscriptions.demo()).isTrue();
        assertThat(subscriptions.myPlans()).singleElement().satisfies(plan -> {
            assertThat(plan.code()).isEqualTo("business");
            assertThat(plan.name()).isEqualTo("Business");
            assertThat(plan.monthlyPrice()).isEqualTo(Money.of(29_00, "EUR"));
            assertThat(plan.openJobs()).isEqualTo(Entitlements.UNLIMITED);
            assertThat(plan.features()).isEmpty();
        });
        assertThat(subscriptions.plansFor(Role.FREELANCER)).singleElement().satisfies(plan -> assertThat(plan.features())
                .containsExactlyInAnyOrder(PlanFeature.PROFILE_ANALYTICS, PlanFeature.CUSTOM_PROFILE_URL));
        assertThat(subscriptions.myEntitlements()).isEqualTo(new Entitlements(10, java.util.Set.of(), List.of()));
    }

    @Test
    void a_client_without_a_plan_has_ten_open_jobs_and_business_lifts_the_limit() {
        String client = member(Role.CLIENT);
        TestAccounts.signInAs(users, client);
        for (int i = 0; i < 10; i++) {
            jobs.post(draft("Open job " + i), true);
        }

        assertThatThrownBy(() -> jobs.post(draft("One too many"), true))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("subscription.open-jobs.limit");
                    assertThat(refused.arguments()).containsExactly(10, "Business");
                });
        // A draft is not open: it may be written, but not published.
        JobSummary draft = jobs.post(draft("Waiting draft"), false);
        assertThatThrownBy(() -> jobs.publish(draft.id())).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("subscription.open-jobs.limit");
        assertThat(jobs.countMyJobs()).isEqualTo(11);

        var subscribed = subscriptions.subscribe("business");

        assertThat(subscribed).isInstanceOfSatisfying(Subscribing.Activated.class, activated -> {
            assertThat(activated.subscription().demo()).isTrue();
            assertThat(activated.subscription().entitled()).isTrue();
            assertThat(activated.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        });
        assertThat(subscriptions.myEntitlements().openJobs()).isEqualTo(Entitlements.UNLIMITED);
        jobs.publish(draft.id());
        jobs.post(draft("Twelfth open job"), true);
        assertThat(subscriptions.myPayments()).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo(Money.of(29_00, "EUR"));
            assertThat(payment.paid()).isTrue();
        });
        UserId me = accounts.currentAccount().id();
        assertThat(events.stream(SubscriptionChanged.class).filter(e -> e.member().equals(me)))
                .singleElement().extracting(SubscriptionChanged::entitled).isEqualTo(true);
        assertThat(events.stream(SubscriptionPaid.class).filter(e -> e.member().equals(me))).hasSize(1);
    }

    @Test
    void subscribing_twice_does_not_make_two_subscriptions_and_the_wrong_role_is_refused() {
        String client = member(Role.CLIENT);
        TestAccounts.signInAs(users, client);
        subscriptions.subscribe("business");

        assertThatThrownBy(() -> subscriptions.subscribe("business")).isInstanceOf(UserFacingException.class)
                .hasMessage("subscription.already [Business]");
        assertThatThrownBy(() -> subscriptions.subscribe("plus")).isInstanceOf(UserFacingException.class)
                .hasMessage("subscription.plan.not-for-you");
        assertThatThrownBy(() -> subscriptions.subscribe("gold")).isInstanceOf(UserFacingException.class)
                .hasMessage("subscription.plan.unknown");
        assertThat(subscriptions.mySubscriptions()).hasSize(1);
    }

    @Test
    void a_cancelled_plan_lasts_until_its_period_ends_and_can_be_resumed_before() {
        clock.set(Instant.parse("2026-01-31T10:00:00Z"));
        String freelancer = member(Role.FREELANCER);
        TestAccounts.signInAs(users, freelancer);
        var subscription = ((Subscribing.Activated) subscriptions.subscribe("plus")).subscription();
        assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));

        assertThat(subscriptions.cancel(subscription.id()).cancelAtPeriodEnd()).isTrue();
        assertThat(subscriptions.myEntitlements().has(PlanFeature.PROFILE_ANALYTICS)).isTrue();
        assertThat(subscriptions.resume(subscription.id()).cancelAtPeriodEnd()).isFalse();
        subscriptions.cancel(subscription.id());

        clock.advance(Duration.ofDays(28));
        assertThat(subscriptions.myEntitlements().features()).isEmpty();
        renewals.renewDue();
        assertThat(subscriptions.mySubscriptions()).singleElement()
                .extracting(MySubscription::status).isEqualTo(SubscriptionStatus.CANCELED);
        assertThatThrownBy(() -> subscriptions.resume(subscription.id())).isInstanceOf(UserFacingException.class)
                .hasMessage("subscription.not-active");

        // Subscribing again is a new subscription.
        subscriptions.subscribe("plus");
        assertThat(subscriptions.mySubscriptions()).hasSize(2);
        assertThat(subscriptions.myEntitlements().has(PlanFeature.CUSTOM_PROFILE_URL)).isTrue();
    }

    @Test
    void a_demo_plan_renews_monthly_and_records_each_month_once() {
        clock.set(Instant.parse("2026-03-10T08:00:00Z"));
        String client = member(Role.CLIENT);
        TestAccounts.signInAs(users, client);
        subscriptions.subscribe("business");

        clock.advance(Duration.ofDays(31));
        renewals.renewDue();
        renewals.renewDue();

        assertThat(subscriptions.mySubscriptions()).singleElement().satisfies(s -> {
            assertThat(s.currentPeriodEnd()).isEqualTo(Instant.parse("2026-05-10T08:00:00Z"));
            assertThat(s.entitled()).isTrue();
        });
        assertThat(subscriptions.myPayments()).hasSize(2);

        // Each month is in the ledger once, from the member's plan payments to the platform's revenue, with an
        // invoice of the fee series; paying for a plan does not make a client "payment verified".
        long member = AccountPrincipal.currentUserId().value();
        assertThat(jdbc.queryForList("""
                select t.price_minor, t.memo from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
                join ledger_account a on a.id = e.account_id
                where t.kind = 'SUBSCRIPTION' and a.kind = 'SUBSCRIBER' and a.user_id = ?""", member))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.get("price_minor")).isEqualTo(2900L);
                    assertThat(row.get("memo")).isEqualTo("Gigforge Business plan, one month");
                });
        assertThat(jdbc.queryForList("select number from invoice where buyer_id = ? and kind = 'SUBSCRIPTION'",
                String.class, member)).hasSize(2).allSatisfy(number -> assertThat(number).startsWith("GF-F-"));
        assertThat(payments.hasBeenCharged(new UserId(member))).isFalse();
        LedgerChecks.assertBalanced(jdbc);
    }

    @Test
    void nobody_changes_another_members_subscription() {
        String owner = member(Role.FREELANCER);
        TestAccounts.signInAs(users, owner);
        long id = ((Subscribing.Activated) subscriptions.subscribe("plus")).subscription().id();

        TestAccounts.signInAs(users, member(Role.FREELANCER));
        assertThatThrownBy(() -> subscriptions.cancel(id)).isInstanceOf(UserFacingException.class)
                .hasMessage("subscription.not-found");
        assertThat(subscriptions.mySubscriptions()).isEmpty();
        TestAccounts.signOut();
        assertThatThrownBy(() -> subscriptions.cancel(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        TestAccounts.signInAs(users, owner);
        assertThat(subscriptions.mySubscriptions()).singleElement().extracting(MySubscription::cancelAtPeriodEnd)
                .isEqualTo(false);
    }

    @Test
    void the_demo_client_has_business_so_the_demo_is_never_limited() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(subscriptions.myEntitlements().openJobs()).isEqualTo(Entitlements.UNLIMITED);
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThat(subscriptions.myEntitlements().plans()).containsExactly("plus");
    }

    private String member(Role role) {
        String email = TestAccounts.uniqueEmail("plans." + role.name().toLowerCase(java.util.Locale.ROOT));
        accounts.signUp(new SignUpRequest("Pat Planner", email, "copper kettle mountain", role));
        return email;
    }

    static JobDraft draft(String title) {
        return JobDraft.of(title, "About twenty short texts; a glossary is ready.", "writing-translation",
                List.of("spanish-translation"), JobType.FIXED, Money.ofMajor(300, "USD"), null, null,
                ExperienceLevel.INTERMEDIATE, ProjectDuration.LESS_THAN_WEEK);
    }
}
