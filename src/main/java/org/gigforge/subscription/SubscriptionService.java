package org.gigforge.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.ReturnPages;
import org.gigforge.payment.SubscriptionPayments;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.internal.Plans;
import org.gigforge.subscription.internal.SubscriptionStore;
import org.gigforge.subscription.internal.SubscriptionStore.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions module's API: members see the plans for their roles, subscribe (through the provider's
 * recurring billing, or at once in demo mode), cancel and resume; other modules ask what a member is entitled to.
 * Entitlements are never an input to search ranking.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SubscriptionService {

    /** Where the provider's pages send members back. */
    public static final String PLANS_PATH = "/plans";

    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);

    private final Plans plans;
    private final SubscriptionStore store;
    private final ObjectProvider<SubscriptionPayments> provider;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubscriptionService(Plans plans, SubscriptionStore store, ObjectProvider<SubscriptionPayments> provider,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.provider = provider;
        this.events = events;
        this.clock = clock;
    }

    /** True when plans run in demo mode: subscribing starts them at once and no money moves. */
    @PreAuthorize("permitAll()")
    public boolean demo() {
        return provider.getIfAvailable() == null;
    }

    /** The plans for the signed-in member's roles (clients' plans, freelancers' plans, or both). */
    public List<Plan> myPlans() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return plans.all().stream().filter(plan -> me.hasRole(plan.audience())).toList();
    }

    @PreAuthorize("permitAll()")
    public List<Plan> plansFor(Role audience) {
        return plans.forAudience(audience);
    }

    /** The plan's product name ("Business"), or the code itself for a plan no longer configured. */
    @PreAuthorize("permitAll()")
    public String planName(String code) {
        return plans.byCode(code).map(Plan::name).orElse(code);
    }

    @PreAuthorize("permitAll()")
    public int freeOpenJobs() {
        return plans.freeOpenJobs();
    }

    /** The signed-in member's subscriptions, newest first, including ended ones. */
    public List<MySubscription> mySubscriptions() {
        Instant now = clock.instant();
        return store.ofMember(AccountPrincipal.currentUserId()).stream()
                .flatMap(row -> mine(row, now).stream())
                .toList();
    }

    /** The signed-in member's recorded subscription payments, newest first. */
    public List<SubscriptionPayment> myPayments() {
        return store.paymentsOf(AccountPrincipal.currentUserId(), 24);
    }

    public Entitlements myEntitlements() {
        return entitlementsOf(AccountPrincipal.currentUserId());
    }

    /**
     * What a member may do now. Open to anyone, like a badge on a profile would be: modules ask it while serving
     * visitors (whether a profile address resolves) as well as members.
     */
    @PreAuthorize("permitAll()")
    public Entitlements entitlementsOf(UserId member) {
        Instant now = clock.instant();
        List<Plan> held = store.ofMember(member).stream()
                .filter(row -> row.entitles(now))
                .flatMap(row -> plans.byCode(row.planCode()).stream())
                .toList();
        return plans.entitlements(held);
    }

    /**
     * Refuses one more open job when the client has as many as their plan allows, naming the limit and the plan
     * that allows more (if any).
     */
    @PreAuthorize("permitAll()")
    public void checkRoomForOpenJob(UserId client, long openJobs) {
        int limit = entitlementsOf(client).openJobs();
        if (openJobs < limit) {
            return;
        }
        Optional<Plan> more = plans.forAudience(Role.CLIENT).stream()
                .filter(plan -> plan.openJobs() != null && plan.openJobs() > limit)
                .max(Comparator.comparingInt(Plan::openJobs));
        throw more.map(plan -> new UserFacingException("subscription.open-jobs.limit", limit, plan.name()))
                .orElseGet(() -> new UserFacingException("subscription.open-jobs.limit-top", limit));
    }

    /**
     * Subscribes the signed-in member to a plan for one of their roles. In demo mode the plan starts at once (and
     * resubscribing to a plan cancelled at period end resumes it); with a provider the member pays on its page, and
     * the plan starts when the provider reports the subscription. One plan per role at a time.
     */
    @Transactional
    public Subscribing subscribe(String planCode) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Plan plan = plans.byCode(planCode).orElseThrow(() -> new UserFacingException("subscription.plan.unknown"));
        if (!me.hasRole(plan.audience())) {
            throw new UserFacingException("subscription.plan.not-for-you");
        }
        Instant now = clock.instant();
        for (Row row : store.ofMember(me.userId())) {
            Optional<Plan> held = plans.byCode(row.planCode()).filter(p -> p.audience() == plan.audience());
            if (held.isEmpty() || !row.entitles(now)) {
                continue;
            }
            if (row.demo() && row.planCode().equals(plan.code()) && row.cancelAtPeriodEnd()) {
                return new Subscribing.Activated(resume(row.id()));
            }
            throw new UserFacingException(null, "subscription.already", held.get().name());
        }
        long earlier = store.countOf(me.userId(), plan.code());
        SubscriptionPayments payments = provider.getIfAvailable();
        if (payments == null) {
            return new Subscribing.Activated(startDemo(me.userId(), plan, earlier, now));
        }
        if (plan.stripePriceId() == null) {
            throw new UserFacingException(null, "subscription.plan.not-for-sale", plan.name());
        }
        // The same key until a subscription of this plan exists: a double click or a return to the page gets the
        // same payment page; after one ended, subscribing again is a new purchase.
        var key = IdempotencyKey.of("subscribe:user-" + me.userId() + ":" + plan.code() + ":" + earlier);
        return new Subscribing.PayAt(payments.checkout(key, me.userId(), plan.stripePriceId(), plan.code(),
                new ReturnPages(PLANS_PATH + "?subscribed=" + plan.code(), PLANS_PATH)));
    }

    private MySubscription startDemo(UserId member, Plan plan, long earlier, Instant now) {
        String reference = "demo:user-" + member + ":" + plan.code() + ":" + earlier;
        Instant periodEnd = now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        // A concurrent second click derives the same reference and inserts nothing.
        if (store.insert(member, plan.code(), SubscriptionStore.DEMO, reference, SubscriptionStatus.ACTIVE, periodEnd,
                false, now)) {
            log.info("Demo subscription {} of user {} to {} started", reference, member, plan.code());
            String month = reference + ":" + now.getEpochSecond();
            store.recordPayment(member, reference, month, plan.monthlyPrice(), true);
            events.publishEvent(new SubscriptionChanged(member, plan.code(), SubscriptionStatus.ACTIVE, true, periodEnd));
            events.publishEvent(new SubscriptionPaid(member, plan.code(), plan.monthlyPrice(), month));
        }
        Row row = store.byReferenceForUpdate(reference).orElseThrow();
        return mine(row, now).orElseThrow();
    }

    /**
     * Cancels one of the signed-in member's demo subscriptions at the end of the period paid for; a provider's
     * subscription is cancelled in the provider's portal ({@link #manage()}).
     */
    @Transactional
    public MySubscription cancel(long subscriptionId) {
        Row row = myRow(subscriptionId);
        Instant now = clock.instant();
        if (!row.demo()) {
            throw new UserFacingException("subscription.cancel-in-portal");
        }
        if (!row.entitles(now) || row.cancelAtPeriodEnd()) {
            throw new UserFacingException("subscription.not-active");
        }
        store.update(row.id(), row.planCode(), row.status(), row.currentPeriodEnd(), true, now);
        events.publishEvent(new SubscriptionChanged(row.member(), row.planCode(), row.status(), true, row.currentPeriodEnd()));
        return mine(store.byId(row.id()).orElseThrow(), now).orElseThrow();
    }

    /** Takes back the cancellation of one of the signed-in member's demo subscriptions before its period ends. */
    @Transactional
    public MySubscription resume(long subscriptionId) {
        Row row = myRow(subscriptionId);
        Instant now = clock.instant();
        if (!row.demo()) {
            throw new UserFacingException("subscription.cancel-in-portal");
        }
        if (!row.entitles(now) || !row.cancelAtPeriodEnd()) {
            throw new UserFacingException("subscription.not-active");
        }
        store.update(row.id(), row.planCode(), row.status(), row.currentPeriodEnd(), false, now);
        events.publishEvent(new SubscriptionChanged(row.member(), row.planCode(), row.status(), true, row.currentPeriodEnd()));
        return mine(store.byId(row.id()).orElseThrow(), now).orElseThrow();
    }

    /**
     * The provider's portal for the signed-in member: card, invoices, cancelling. The key changes each minute: a
     * double click gets one portal session, a visit later a fresh one (they expire quickly).
     */
    public java.net.URI manage() {
        SubscriptionPayments payments = provider.getIfAvailable();
        if (payments == null) {
            throw new UserFacingException("subscription.portal.demo");
        }
        UserId me = AccountPrincipal.currentUserId();
        long minute = clock.instant().getEpochSecond() / 60;
        return payments.portal(IdempotencyKey.of("manage:user-" + me + ":" + minute), me, PLANS_PATH);
    }

    /** One of the signed-in member's own subscriptions; anyone else's does not exist for them. */
    private Row myRow(long subscriptionId) {
        UserId me = AccountPrincipal.currentUserId();
        return store.byId(subscriptionId).filter(row -> row.member().equals(me))
                .orElseThrow(() -> new UserFacingException("subscription.not-found"));
    }

    private Optional<MySubscription> mine(Row row, Instant now) {
        Optional<Plan> plan = plans.byCode(row.planCode());
        if (plan.isEmpty()) {
            log.warn("Subscription {} is to plan {}, which is no longer configured", row.reference(), row.planCode());
        }
        return plan.map(p -> new MySubscription(row.id(), p, row.status(), row.currentPeriodEnd(), row.cancelAtPeriodEnd(),
                row.demo(), row.entitles(now)));
    }
}
