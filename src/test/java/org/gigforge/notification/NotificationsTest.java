package org.gigforge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.Role;
import org.gigforge.contract.BilledWeekId;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.OfferDraft;
import org.gigforge.contract.WeekPaymentFailed;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.messaging.MessagingFixtures;
import org.gigforge.messaging.MessagingService;
import org.gigforge.payment.ChargeDisputed;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalService;
import org.gigforge.subscription.SubscriptionPaymentFailed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Domain events become notifications for the right people, with links; they are read, folded and signalled live. */
@GigforgeTest
class NotificationsTest {

    @Autowired NotificationService notifications;
    @Autowired LiveNotifications live;
    @Autowired MessagingService messaging;
    @Autowired ProposalService proposals;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ApplicationContext context;

    private MessagingFixtures fixtures;
    private MessagingFixtures.Cast cast;

    @BeforeEach
    void cast() {
        fixtures = new MessagingFixtures(context);
        cast = fixtures.cast();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_proposal_notifies_the_client_only() {
        fixtures.signInAs(cast.client());
        assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.PROPOSAL_RECEIVED);
            assertThat(n.messageKey()).isEqualTo("notification.proposal-received");
            assertThat(n.args()).containsExactly("Felix Freelancer", "Illustrate a children's book cover");
            assertThat(n.link()).isEqualTo("client/jobs/" + cast.job() + "/proposals");
            assertThat(n.unread()).isTrue();
        });
        assertThat(notifications.unreadCount()).isEqualTo(1);
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void marking_read_is_for_the_recipient_only_and_signals_their_tabs() throws InterruptedException {
        fixtures.signInAs(cast.client());
        var signals = new LinkedBlockingQueue<NotificationSignal>();
        try (var subscription = live.listen(signals::add)) {
            var notification = notifications.recent(1).getFirst();
            fixtures.signInAs(cast.stranger());
            assertThatThrownBy(() -> notifications.markRead(notification.id())).isInstanceOf(UserFacingException.class);
            fixtures.signInAs(cast.client());
            notifications.markRead(notification.id());
            assertThat(notifications.unreadCount()).isZero();
            assertThat(signals.poll(5, TimeUnit.SECONDS)).isNotNull()
                    .satisfies(s -> assertThat(s.recipient()).isEqualTo(cast.clientId().value()));

            // Another freelancer applies: a new notification, and the client's open tabs hear of it.
            String second = fixtures.member("Greta Second", Role.FREELANCER);
            fixtures.signInAs(second);
            proposals.submit(cast.job(), new org.gigforge.proposal.ProposalDraft(
                    "I draw covers for a small publisher and would love to do this one in watercolour.",
                    Money.ofMajor(390, "USD")));
            var signal = signals.poll(5, TimeUnit.SECONDS);
            assertThat(signal).isNotNull();
            fixtures.signInAs(cast.client());
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(signal.notification()).isEqualTo(notifications.recent(1).getFirst().id().value());
            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
        }
    }

    @Test
    void a_message_to_someone_away_notifies_them_once_per_conversation_until_read() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        messaging.send(conversation.id(), "Are you free next week?", List.of());
        messaging.send(conversation.id(), "And the week after?", List.of());

        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.MESSAGE);
            assertThat(n.args()).containsExactly("Clara Client", "Illustrate a children's book cover");
            assertThat(n.link()).isEqualTo("messages/" + conversation.id());
        });
        notifications.markAllRead();
        fixtures.signInAs(cast.client());
        messaging.send(conversation.id(), "Hello?", List.of());
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent(10)).hasSize(2);
    }

    @Test
    void money_that_did_not_move_tells_the_people_who_must_act() {
        context.publishEvent(new PayoutFailed(cast.freelancerId(), Money.of(150_00, "EUR"), "account_closed"));
        context.publishEvent(new WeekPaymentFailed(new ContractId(4711), new BilledWeekId(9), cast.clientId(),
                cast.freelancerId(), Money.ofMajor(80, "USD"), "payment.declined"));
        String contractRef = "contract-" + System.nanoTime();
        context.publishEvent(new ChargeDisputed(contractRef, cast.clientId(), Money.of(94_50, "EUR"), "pi_1", "fraudulent"));

        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(10)).filteredOn(n -> n.type() == NotificationType.PAYMENT)
                .extracting(Notification::messageKey, Notification::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("notification.payment.payout-failed", "earnings"),
                        org.assertj.core.groups.Tuple.tuple("notification.payment.week-failed.freelancer", "contracts/4711"));
        fixtures.signInAs(cast.client());
        assertThat(notifications.recent(10)).filteredOn(n -> n.type() == NotificationType.PAYMENT).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.payment.week-failed.client");
                    assertThat(n.args()).containsExactly("80.00 USD", "#4711");
                });
        fixtures.signInAs(TestAccounts.ADMIN);
        assertThat(notifications.recent(NotificationService.MAX_PAGE)).filteredOn(n -> n.args().contains("#" + contractRef
                .substring("contract-".length()))).singleElement().satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.payment.chargeback");
                    assertThat(n.link()).isEqualTo("admin/chargebacks");
                });
        fixtures.signInAs(cast.stranger());
        assertThat(notifications.recent(10)).filteredOn(n -> n.type() == NotificationType.PAYMENT).isEmpty();

        // A plan's month that could not be collected: the member is asked to update their card.
        context.publishEvent(new SubscriptionPaymentFailed(cast.freelancerId(), "plus", Money.of(9_00, "EUR"), "in_1"));
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(1)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.payment.subscription-failed");
            assertThat(n.args()).containsExactly("9.00 EUR", "Plus");
            assertThat(n.link()).isEqualTo("plans");
        });
    }

    @Test
    void offers_and_contract_steps_notify_the_other_party() {
        fixtures.signInAs(cast.client());
        var proposal = proposals.receivedProposals(cast.job(), PageRequest.of(0, 5)).getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED, List.of(
                new MilestoneDraft("Sketches", Money.ofMajor(100, "USD"), null),
                new MilestoneDraft("Final cover", Money.ofMajor(280, "USD"), null)), null, null, "Welcome aboard."));
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(10)).extracting(Notification::type).containsExactly(NotificationType.OFFER_RECEIVED);
        assertThat(notifications.recent(1).getFirst().args()).containsExactly("Clara Client");
        var contract = contracts.acceptOffer(offer.id());

        fixtures.signInAs(cast.client());
        assertThat(notifications.recent(1)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.CONTRACT_STARTED);
            assertThat(n.args()).containsExactly("Felix Freelancer", "Illustrate a children's book cover");
            assertThat(n.link()).isEqualTo("contracts/" + contract.id());
        });
        var first = contract.milestones().getFirst().id();
        contracts.fundMilestone(first);
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(1).getFirst().type()).isEqualTo(NotificationType.MILESTONE_FUNDED);
        contracts.submitMilestone(first, "Three sketches attached.");
        fixtures.signInAs(cast.client());
        assertThat(notifications.recent(1).getFirst().type()).isEqualTo(NotificationType.MILESTONE_SUBMITTED);
        contracts.approveMilestone(first);
        fixtures.signInAs(cast.freelancer());
        assertThat(notifications.recent(1).getFirst()).satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.MILESTONE_RELEASED);
            assertThat(n.messageKey()).isEqualTo("notification.milestone-released");
        });
        // The stranger got none of it.
        fixtures.signInAs(cast.stranger());
        assertThat(notifications.recent(10)).isEmpty();
    }
}
