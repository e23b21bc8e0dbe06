package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.ContractEvent;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.OfferDraft;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hiring loop's money with Stripe (on WireMock): the client funds a milestone on Checkout, the webhook funds
 * it, the freelancer finishes onboarding, the client approves the work and the release is transferred to the
 * freelancer's connected account, where it waits for their payout schedule; the ledger balances throughout.
 */
@StripeStub.StripeTest
class StripeHiringLoopTest {

    @Autowired WebApplicationContext context;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired StripeTransfers transfers;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void fund_on_checkout_then_release_to_an_onboarded_freelancer() throws Exception {
        SERVER.resetAll();
        var webhooks = new WebhookSender(context);
        Money price = Money.ofMajor(250, "USD");
        var breakdown = fees.breakdown(price);

        // Hired: the client's offer of one milestone, accepted.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Paint a café menu board", "One board, chalk paint, by the end of the month.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, price, null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
        String freelancerEmail = TestAccounts.uniqueEmail("painter");
        var freelancer = accounts.signUp(new SignUpRequest("Pia Painter", freelancerEmail, "copper kettle mountain",
                Role.FREELANCER)).id();
        TestAccounts.signInAs(users, freelancerEmail);
        proposals.submit(job.id(), new ProposalDraft(
                "I restored three similar menu boards for cafés in Porto and can start on Monday.", price));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED,
                List.of(new MilestoneDraft("The board", price, null)), null, null, "Happy to work with you."));
        TestAccounts.signInAs(users, freelancerEmail);
        var contract = contracts.acceptOffer(offer.id());
        var milestone = contract.milestones().getFirst().id();
        String escrow = "contract-" + contract.id();

        // Fund: a Checkout Session, and the milestone waits for Stripe.
        SERVER.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id": "cus_loop", "object": "customer"}""")));
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_loop", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_loop"}""")));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var payment = contracts.payMilestone(milestone);
        assertThat(payment.payAt()).isEqualTo(URI.create("https://checkout.stripe.com/c/pay/cs_loop"));
        assertThat(payment.contract().milestones().getFirst().state()).isEqualTo(MilestoneState.PAYMENT_PENDING);
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout:fund:milestone-" + milestone + ":0"))
                .withRequestBody(containing("success_url=https%3A%2F%2Fgigforge.test%2Fcontracts%2F" + contract.id()
                        + "%3Fpayment%3Ddone")));
        assertThatThrownBy(() -> contracts.submitMilestone(milestone, "Done")).isInstanceOf(Exception.class);

        // Stripe confirms by webhook: the milestone is funded and the money is in protection.
        String intent = StripeStub.paymentIntent("pi_loop", "succeeded", breakdown.clientPays().minorUnits(), "usd",
                "fund:milestone-" + milestone, escrow, "cus_loop", 755);
        SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_loop")).willReturn(json(200, intent)));
        String completed = StripeStub.event("evt_loop_1", "checkout.session.completed", """
                {"id": "cs_loop", "object": "checkout.session", "payment_status": "paid", "status": "complete",
                 "payment_intent": "pi_loop", "customer": "cus_loop", "metadata": {"gigforge_key": "fund:milestone-%s"}}"""
                .formatted(milestone), null);
        webhooks.deliver(completed)
                .andExpect(status().isOk());
        // The request went through the filter chain, which leaves nobody signed in behind it.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var funded = contracts.contract(contract.id());
        assertThat(funded.milestones().getFirst().state()).isEqualTo(MilestoneState.FUNDED);
        assertThat(funded.history()).extracting(ContractEvent::kind)
                .containsSubsequence("milestone.payment-pending", "milestone.funded");
        assertThat(sum(escrow, LedgerAccountKind.CONTRACT_ESCROW)).isEqualTo(price.minorUnits());
        assertThat(sum(escrow, LedgerAccountKind.PROVIDER_FEES)).isEqualTo(755);

        // The freelancer has finished Stripe's onboarding.
        jdbc.update("insert into payment_stripe_party (user_id, account_id, payouts_status, updated_at)"
                + " values (?, 'acct_loop', 'ACTIVE', now())", freelancer.value());
        SERVER.stubFor(post("/v1/transfers").willReturn(json(200, """
                {"id": "tr_loop", "object": "transfer", "amount": %d, "currency": "usd", "destination": "acct_loop",
                 "transfer_group": "%s"}""".formatted(breakdown.freelancerReceives().minorUnits(), escrow))));

        // Work handed in and approved: released, then transferred by the job the release enqueued.
        TestAccounts.signInAs(users, freelancerEmail);
        contracts.submitMilestone(milestone, "The board is painted.");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(contracts.approveMilestone(milestone).milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        assertThat(transfers.send("release:milestone-" + milestone)).isTrue();
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/transfers"))
                .withRequestBody(containing("destination=acct_loop"))
                .withRequestBody(containing("transfer_group=" + escrow)));

        assertThat(sum(escrow, LedgerAccountKind.CONTRACT_ESCROW)).isZero();
        // Transferred to the connected account, but not yet paid out: still the freelancer's balance.
        assertThat(sum(escrow, LedgerAccountKind.FREELANCER_BALANCE)).isEqualTo(breakdown.freelancerReceives().minorUnits());
        assertThat(sum(escrow, LedgerAccountKind.PROVIDER_CLEARING)).isZero();
        assertThat(sum(escrow, LedgerAccountKind.PLATFORM_REVENUE)).isEqualTo(breakdown.platformKeeps().minorUnits() - 755);
        LedgerChecks.assertBalanced(jdbc);
        // Released money is not refunded.
        TestAccounts.signInAs(users, freelancerEmail);
        assertThatThrownBy(() -> contracts.refundMilestone(milestone)).isInstanceOf(UserFacingException.class);
    }

    private long sum(String contractRef, LedgerAccountKind kind) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                join ledger_transaction t on t.id = e.transaction_id where t.contract_ref = ? and a.kind = ?""",
                Long.class, contractRef, kind.name());
        return sum == null ? 0 : sum;
    }
}
