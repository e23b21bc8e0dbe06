package org.gigforge.notification.internal;

import java.util.List;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractEnded;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ContractStarted;
import org.gigforge.contract.MilestoneFunded;
import org.gigforge.contract.MilestoneReleased;
import org.gigforge.contract.MilestoneSubmitted;
import org.gigforge.contract.OfferSent;
import org.gigforge.contract.WeekPaymentFailed;
import org.gigforge.dispute.DisputeChanged;
import org.gigforge.job.FreelancerInvited;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.job.SavedSearchMatched;
import org.gigforge.messaging.MessageReceivedWhileAway;
import org.gigforge.notification.NotificationType;
import org.gigforge.payment.ChargeDisputed;
import org.gigforge.payment.ChargebackLost;
import org.gigforge.payment.FundingFailed;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.proposal.ProposalSubmitted;
import org.gigforge.review.ReviewPublished;
import org.gigforge.subscription.SubscriptionPaymentFailed;
import org.gigforge.subscription.SubscriptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the other modules' events into notifications, once the change behind each event has committed. Only the
 * people who did not cause the event are notified. Every handler swallows (and logs) its own failure: a missing
 * notification must never undo or fail the action that caused it.
 *
 * <p>A hire ({@code HireMade}) is told through {@link ContractStarted}, which the same acceptance publishes, so the
 * client hears of it once.
 */
@Component
class DomainEventNotifications {

    private static final Logger log = LoggerFactory.getLogger(DomainEventNotifications.class);

    private final Notifier notifier;
    private final JobService jobs;
    private final ContractService contracts;
    private final AccountService accounts;
    private final SubscriptionService subscriptions;

    /**
     * Both parties hear of every step of a dispute but their own; admins of the steps that ask for them (awaiting a
     * decision, escalated). Each leads to the dispute's page: the parties' one, or the admin's decision view.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DisputeChanged e) {
        String key = "notification.dispute." + e.step().name();
        List<String> args = List.of(e.workTitle());
        for (UserId party : List.of(e.client(), e.freelancer())) {
            if (!party.equals(e.actor())) {
                safely(e, () -> notifier.notify(party, NotificationType.DISPUTE, key, args, "disputes/" + e.dispute(), ""));
            }
        }
        if (e.step() == DisputeChanged.Step.ANSWERED || e.step() == DisputeChanged.Step.AWAITING_DECISION
                || e.step() == DisputeChanged.Step.ESCALATED) {
            safely(e, () -> accounts.adminIds().forEach(admin -> notifier.notify(admin, NotificationType.DISPUTE,
                    "notification.dispute.admin." + e.step().name(), args, "admin/disputes/" + e.dispute(), "")));
        }
    }

    DomainEventNotifications(Notifier notifier, JobService jobs, ContractService contracts, AccountService accounts,
            SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.jobs = jobs;
        this.contracts = contracts;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProposalSubmitted e) {
        safely(e, () -> notifier.notify(e.clientId(), NotificationType.PROPOSAL_RECEIVED, "notification.proposal-received",
                List.of(name(e.freelancerId()), jobTitle(e.jobId())), "client/jobs/" + e.jobId() + "/proposals", ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FreelancerInvited e) {
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.INVITED, "notification.invited",
                List.of(jobTitle(e.jobId())), "proposals", ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OfferSent e) {
        String from = actor().map(this::name).orElse("");
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.OFFER_RECEIVED, "notification.offer-received",
                List.of(from), "contracts", ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ContractStarted e) {
        safely(e, () -> notifier.notify(e.client(), NotificationType.CONTRACT_STARTED, "notification.contract-started",
                List.of(name(e.freelancer()), contractTitle(e.contract())), contractLink(e.contract()), ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MilestoneFunded e) {
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.MILESTONE_FUNDED, "notification.milestone-funded",
                List.of(contractTitle(e.contract())), contractLink(e.contract()), ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MilestoneSubmitted e) {
        safely(e, () -> notifier.notify(e.client(), NotificationType.MILESTONE_SUBMITTED, "notification.milestone-submitted",
                List.of(contractTitle(e.contract())), contractLink(e.contract()), ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MilestoneReleased e) {
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.MILESTONE_RELEASED,
                e.automatically() ? "notification.milestone-released.auto" : "notification.milestone-released",
                List.of(contractTitle(e.contract())), contractLink(e.contract()), ""));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ContractEnded e) {
        Optional<UserId> actor = actor();
        String title = contractTitle(e.contract());
        for (UserId party : List.of(e.client(), e.freelancer())) {
            if (actor.filter(party::equals).isEmpty()) {
                safely(e, () -> notifier.notify(party, NotificationType.CONTRACT_ENDED,
                        "notification.contract-ended." + e.outcome().name(), List.of(title),
                        "contracts/" + e.contract() + "/review", ""));
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReviewPublished e) {
        safely(e, () -> notifier.notify(e.subject(), NotificationType.REVIEW_PUBLISHED, "notification.review-published",
                List.of(name(e.author())), "contracts/" + e.contract() + "/review", ""));
    }

    /** One unread notification per conversation, however many messages arrive before the member looks. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MessageReceivedWhileAway e) {
        safely(e, () -> notifier.notify(e.recipient(), NotificationType.MESSAGE, "notification.message",
                List.of(e.senderName(), e.title()), "messages/" + e.conversation(), "conversation:" + e.conversation()));
    }

    /** One notification per matching job: an alert is raised once per saved search and job. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SavedSearchMatched e) {
        safely(e, () -> {
            var job = Optional.ofNullable(jobs.publishedJobs(List.of(e.jobId())).get(e.jobId()));
            notifier.notify(e.freelancer(), NotificationType.SAVED_SEARCH_MATCH, "notification.saved-search-match",
                    List.of(job.map(JobSummary::title).orElse("#" + e.jobId())),
                    job.map(JobSummary::path).orElse("saved-searches"), "");
        });
    }

    /** The client's payment on the provider's page failed: they can pay again on the contract page. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FundingFailed e) {
        safely(e, () -> notifier.notify(e.client(), NotificationType.PAYMENT, "notification.payment.funding-failed",
                List.of(contractNumber(e.contractRef())), contractPath(e.contractRef()), ""));
    }

    /** A week's off-session charge failed: the client is asked to pay it; the freelancer knows why it waits. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WeekPaymentFailed e) {
        var args = List.of(e.amount().toString(), "#" + e.contract());
        safely(e, () -> notifier.notify(e.client(), NotificationType.PAYMENT, "notification.payment.week-failed.client",
                args, contractLink(e.contract()), ""));
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.PAYMENT,
                "notification.payment.week-failed.freelancer", args, contractLink(e.contract()), ""));
    }

    /** The freelancer's bank refused a payout: the money is back in their balance and their details need a look. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PayoutFailed e) {
        safely(e, () -> notifier.notify(e.freelancer(), NotificationType.PAYMENT, "notification.payment.payout-failed",
                List.of(e.amount().toString(), e.reason()), "earnings", ""));
    }

    /** A card chargeback froze a contract's money: admins answer it with the provider before its deadline. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChargeDisputed e) {
        var args = List.of(e.disputed().toString(), contractNumber(e.contractRef()), e.reason());
        safely(e, () -> accounts.adminIds().forEach(admin -> notifier.notify(admin, NotificationType.PAYMENT,
                "notification.payment.chargeback", args, "admin/chargebacks", "")));
    }

    /** A chargeback lost at the bank is posted; admins settle the still frozen contract with its parties. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChargebackLost e) {
        var args = List.of(e.amount().toString(), contractNumber(e.contractRef()), e.fromEscrow().toString());
        safely(e, () -> accounts.adminIds().forEach(admin -> notifier.notify(admin, NotificationType.PAYMENT,
                "notification.payment.chargeback-lost", args, "admin/chargebacks", "")));
    }

    /** The provider could not collect a plan's month: the member updates their card before the paid period ends. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SubscriptionPaymentFailed e) {
        String plan = e.planCode() == null ? "" : subscriptions.planName(e.planCode());
        safely(e, () -> notifier.notify(e.member(), NotificationType.PAYMENT, "notification.payment.subscription-failed",
                List.of(e.amount().toString(), plan), "plans", ""));
    }

    private void safely(Object event, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Could not notify about {}", event, e);
        }
    }

    /** Whoever caused the event, when a member did (scheduled jobs run as nobody). */
    private static Optional<UserId> actor() {
        return AccountPrincipal.current().map(AccountPrincipal::userId);
    }

    private String name(UserId user) {
        return accounts.publicNames(List.of(user)).getOrDefault(user, "");
    }

    private String jobTitle(JobId job) {
        return Optional.ofNullable(jobs.publishedJobs(List.of(job)).get(job)).map(JobSummary::title).orElse("#" + job);
    }

    /**
     * The contract's title, read as the member who caused the event (a party). Scheduled releases run as nobody
     * and may not read contracts: their notification names the contract by number.
     */
    private String contractTitle(ContractId contract) {
        try {
            return contracts.contract(contract).title();
        } catch (RuntimeException notReadableHere) {
            return "#" + contract;
        }
    }

    /** "#12" for the ledger's reference of contract 12's escrow ({@code contract-12}), else the reference itself. */
    private static String contractNumber(String contractRef) {
        return ContractId.ofEscrow(contractRef).map(id -> "#" + id).orElse(contractRef);
    }

    private static String contractPath(String contractRef) {
        return ContractId.ofEscrow(contractRef).map(DomainEventNotifications::contractLink).orElse("contracts");
    }

    private static String contractLink(ContractId contract) {
        return "contracts/" + contract;
    }
}
