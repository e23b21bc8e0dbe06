package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.json;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.HourlyFixtures;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.OfferDraft;
import org.gigforge.contract.TimeEntryDraft;
import org.gigforge.contract.TimesheetService;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The contract page with Stripe: funding sends the client to Checkout; the milestone waits as "Payment pending". */
@StripeStub.StripeTest
@ViewPackages(packages = "org.gigforge")
class StripeContractViewTest extends SpringBrowserlessTest {

    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired TimesheetService timesheets;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void funding_a_milestone_opens_checkout_and_the_milestone_waits_for_stripe() {
        SERVER.resetAll();
        SERVER.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id": "cus_view", "object": "customer"}""")));
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_view", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_view"}""")));
        Money price = Money.ofMajor(120, "USD");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Draw a logo for a bakery", "One logo, two colours, in a week.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, price, null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
        String freelancer = TestAccounts.uniqueEmail("logo");
        accounts.signUp(new SignUpRequest("Lou Logo", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I drew logos for four bakeries last year and can send first sketches on Monday.", price));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED,
                List.of(new MilestoneDraft("Logo", price, null)), null, null, "Happy to work with you."));
        TestAccounts.signInAs(users, freelancer);
        var contract = contracts.acceptOffer(offer.id());
        var milestone = contract.milestones().getFirst().id();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        UI.getCurrent().navigate("contracts/" + contract.id());
        test(find(Button.class).withId("milestone-fund-" + milestone).single()).click();

        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(contracts.contract(contract.id()).milestones().getLast().state()).isEqualTo(MilestoneState.PAYMENT_PENDING);
        UI.getCurrent().navigate("contracts/" + contract.id(), QueryParameters.simple(Map.of("payment", "done")));
        assertThat(find(Paragraph.class).withId("payment-returned").single().getText()).contains("being confirmed");
        assertThat(find(Span.class).all()).anyMatch(span -> span.getText().equals("Payment pending"));
        assertThat(find(Button.class).withId("milestone-fund-" + milestone).single().getText()).isEqualTo("Continue payment");
    }

    @Test
    void an_unpaid_week_asks_the_client_to_pay_it_and_tells_the_freelancer_why_it_waits() {
        SERVER.resetAll();
        Instant wednesday = Instant.parse("2032-01-07T10:00:00Z");
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, 30, 20, wednesday);
        clock.set(wednesday);
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(deal.contract(), new TimeEntryDraft(LocalDate.parse("2032-01-07"), 60, "Fixes"));
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, payment_method_id, updated_at)"
                + " values ((select client_id from contract where id = ?), 'cus_unpaid', 'pm_unpaid', now())",
                deal.contract().value());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(StripeStub.error(402, "card_error", "card_declined", "Declined.")));
        clock.set(wednesday.plusSeconds(7 * 24 * 3600));
        TestAccounts.signOut();
        assertThat(timesheets.billEndedWeeks()).isOne();
        long week = jdbc.queryForObject("select id from contract_billed_week where contract_id = ?", Long.class,
                deal.contract().value());

        TestAccounts.signInAs(users, deal.freelancer());
        UI.getCurrent().navigate("contracts/" + deal.contract());
        assertThat(find(Button.class).withId("time-week-pay-" + week).all()).isEmpty();
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("The client's card payment for this week"));

        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_unpaid", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_unpaid"}""")));
        TestAccounts.signInAs(users, deal.client());
        UI.getCurrent().navigate("contracts/" + deal.contract());
        var pay = find(Button.class).withId("time-week-pay-" + week).single();
        assertThat(pay.getText()).startsWith("Pay ").endsWith(" now");
        test(pay).click();
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        clock.reset();
    }
}
