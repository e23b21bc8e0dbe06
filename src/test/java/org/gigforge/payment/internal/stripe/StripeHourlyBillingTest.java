package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.error;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountService;
import org.gigforge.contract.BilledWeekId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.HourlyFixtures;
import org.gigforge.contract.TimeEntryDraft;
import org.gigforge.contract.TimesheetService;
import org.gigforge.contract.WeekPaymentFailed;
import org.gigforge.job.JobService;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

/**
 * Weekly billing of hourly work with Stripe, where nobody is present: the client's saved card is charged
 * off-session; a refusal leaves the week billed and unpaid and says so; Stripe being unreachable bills nothing,
 * so the next run tries again.
 */
@StripeStub.StripeTest
@RecordApplicationEvents
class StripeHourlyBillingTest {

    /** Wednesday of ISO week 2031-W02. */
    private static final Instant WEDNESDAY = Instant.parse("2031-01-08T10:00:00Z");

    @Autowired TimesheetService timesheets;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired WebApplicationContext context;
    @Autowired FeePolicy fees;

    @AfterEach
    void cleanUp() {
        TestAccounts.signOut();
        clock.reset();
    }

    @Test
    void a_declined_card_leaves_the_week_unpaid_until_the_client_pays_it_and_an_outage_bills_nothing_yet() throws Exception {
        SERVER.resetAll();
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, 40, 20, WEDNESDAY);
        clock.set(WEDNESDAY);
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(deal.contract(), new TimeEntryDraft(LocalDate.parse("2031-01-08"), 120, "Shop fixes"));
        Long client = jdbc.queryForObject("select client_id from contract where id = ?", Long.class, deal.contract().value());
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, payment_method_id, updated_at)"
                + " values (?, 'cus_hourly', 'pm_hourly', now())", client);
        clock.set(WEDNESDAY.plusSeconds(7 * 24 * 3600));
        TestAccounts.signOut();

        // Stripe cannot be reached: nothing is billed, the next run tries again.
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(429, "invalid_request_error", "rate_limit", "Slow down.")));
        assertThat(timesheets.billEndedWeeks()).isZero();
        assertThat(weeks(deal.contract().value())).isZero();

        // The card is declined: billed, unpaid, nothing in escrow, and the client is to be told.
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(402, "card_error", "card_declined", "Declined.")));
        assertThat(timesheets.billEndedWeeks()).isOne();
        assertThat(jdbc.queryForObject("select state from contract_billed_week where contract_id = ?", String.class,
                deal.contract().value())).isEqualTo("UNPAID");
        assertThat(jdbc.queryForObject("select count(*) from ledger_transaction where contract_ref = ?", Long.class,
                "contract-" + deal.contract())).isZero();
        assertThat(events.stream(WeekPaymentFailed.class).filter(e -> e.contract().equals(deal.contract())))
                .singleElement().extracting(WeekPaymentFailed::reason).isEqualTo("payment.declined");
        // Billed once: later runs neither charge nor bill it again, and an unpaid week is never released.
        assertThat(timesheets.billEndedWeeks()).isZero();
        clock.set(WEDNESDAY.plusSeconds(30 * 24 * 3600));
        assertThat(timesheets.releaseReviewedWeeks()).isZero();

        // The client pays it afterwards, on Checkout; nobody else may.
        var week = new BilledWeekId(jdbc.queryForObject("select id from contract_billed_week where contract_id = ?",
                Long.class, deal.contract().value()));
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> timesheets.payWeek(week)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> timesheets.payWeek(week)).isInstanceOf(UserFacingException.class)
                .hasMessage("contract.not-found");
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_week", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_week"}""")));
        TestAccounts.signInAs(users, deal.client());
        var payment = timesheets.payWeek(week);
        assertThat(payment.payAt()).isEqualTo(URI.create("https://checkout.stripe.com/c/pay/cs_week"));
        String key = "fund:week-" + deal.contract() + "-2031-W02";
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout:" + key + ":0")));
        // Still unpaid until Stripe confirms.
        assertThat(state(deal.contract().value())).isEqualTo("UNPAID");

        // Stripe confirms: the week is funded once, in review with a whole window from now, then released.
        long clientPays = fees.breakdown(Money.ofMajor(80, "USD")).clientPays().minorUnits();
        String intent = StripeStub.paymentIntent("pi_week", "succeeded", clientPays, "usd", key,
                "contract-" + deal.contract(), "cus_hourly", 0);
        SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_week")).willReturn(json(200, intent)));
        var webhooks = new WebhookSender(context);
        for (String eventId : new String[] {"evt_week_1", "evt_week_2"}) {
            String succeeded = StripeStub.event(eventId, "payment_intent.succeeded", intent, null);
            webhooks.deliver(succeeded)
                    .andExpect(status().isOk());
        }
        assertThat(state(deal.contract().value())).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("select price_minor from ledger_transaction where idempotency_key = ?", Long.class,
                key)).isEqualTo(80_00L);
        TestAccounts.signInAs(users, deal.client());
        assertThatThrownBy(() -> timesheets.payWeek(week)).isInstanceOf(UserFacingException.class)
                .hasMessage("week.state.not-allowed");
        TestAccounts.signOut();
        assertThat(timesheets.releaseReviewedWeeks()).isZero();
        clock.set(WEDNESDAY.plusSeconds(36 * 24 * 3600));
        assertThat(timesheets.releaseReviewedWeeks()).isOne();
        LedgerChecks.assertBalanced(jdbc);
    }

    private String state(long contract) {
        return jdbc.queryForObject("select state from contract_billed_week where contract_id = ?", String.class, contract);
    }

    private long weeks(long contract) {
        Long count = jdbc.queryForObject("select count(*) from contract_billed_week where contract_id = ?", Long.class,
                contract);
        return count == null ? 0 : count;
    }
}
