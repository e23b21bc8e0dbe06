package org.gigforge.payment;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.gigforge.payment.internal.FrozenContracts;
import org.gigforge.payment.internal.Ledger;
import org.gigforge.payment.internal.Ledger.Leg;
import org.gigforge.payment.internal.LedgerAccount;
import org.gigforge.payment.internal.LedgerEntries;
import org.gigforge.payment.internal.LedgerEntry;
import org.gigforge.payment.internal.LedgerEntryRepository;
import org.gigforge.payment.internal.LedgerTransaction;
import org.gigforge.payment.internal.MoneyReleased;
import org.gigforge.payment.internal.PendingCharges;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments module's API: money moves into a contract's escrow, out to the freelancer or back to the client,
 * each move one balanced ledger transaction under an idempotency key (a replayed key returns the first result
 * and posts nothing).
 *
 * <p><b>Who may call.</b> {@link #fund}, {@link #release} and {@link #refund} are internal commands for the
 * contracts module (and its background jobs, and dispute decisions), which decides whether the person, or the
 * auto-release job with nobody signed in, may act on the contract. They are therefore open here; views must not
 * call them. Only {@link #fund} checks the signed-in member, because the client's card is charged; hourly weeks are
 * charged with {@link #fundAuthorized} under the client's standing authorisation. Every read checks
 * who is asking: a contract's money only for its parties and admins, earnings only one's own, the whole ledger
 * only for admins. See docs/decisions/0010-ledger.md.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PaymentService {

    /** The most a single page may hold, whatever a caller asks for. */
    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_MEMO_LENGTH = 500;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("postedAt"), Sort.Order.desc("id"));

    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final LedgerEntryRepository entries;
    private final FeePolicy fees;
    private final PaymentProvider provider;
    private final PendingCharges pendingCharges;
    private final FrozenContracts frozen;

    PaymentService(Ledger ledger, LedgerEntryRepository entries, FeePolicy fees, PaymentProvider provider,
            PendingCharges pendingCharges, FrozenContracts frozen, ApplicationEventPublisher events) {
        this.pendingCharges = pendingCharges;
        this.frozen = frozen;
        this.events = events;
        this.ledger = ledger;
        this.entries = entries;
        this.fees = fees;
        this.provider = provider;
    }

    /**
     * The client pays the price plus the client fee through the provider into the contract's escrow, with a
     * provider that confirms at once (the demo provider). Only after the provider confirmed the charge is anything
     * posted: the client's funding account gives what the client paid, the escrow receives the price and the
     * platform's revenue the client fee.
     *
     * @throws UserFacingException when the signed-in member is not the contract's client, the contract is paid
     *         in another currency, or the provider declines
     * @throws IllegalStateException when the provider needs the client on its payment page: use
     *         {@link #fund(IdempotencyKey, EscrowRef, Money, String, ReturnPages)}
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Posting fund(IdempotencyKey key, EscrowRef contract, Money price, String memo) {
        String cleanMemo = check(price, memo);
        return switch (charge(key, contract, price, cleanMemo, requireClient(contract), null)) {
            case Funding.Funded funded -> funded.posting();
            case Funding.AwaitingPayment waiting -> throw new IllegalStateException(
                    "The provider " + provider.name() + " needs the client on its payment page");
        };
    }

    /**
     * Like {@link #fund(IdempotencyKey, EscrowRef, Money, String)}, for the signed-in client, with pages the
     * provider's payment page returns to: a provider that confirms at once posts now ({@link Funding.Funded});
     * one with a payment page (Stripe Checkout) answers where to send the client ({@link Funding.AwaitingPayment})
     * and posts when it confirms, by webhook, through {@link #confirmCharge}. Nothing is posted before.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Funding fund(IdempotencyKey key, EscrowRef contract, Money price, String memo, ReturnPages returnPages) {
        String cleanMemo = check(price, memo);
        return charge(key, contract, price, cleanMemo, requireClient(contract), returnPages);
    }

    /**
     * Like {@link #fund}, but charged under the standing authorisation the client gave when they agreed to an
     * hourly contract ("billed weekly for the time logged, up to the weekly cap"), so nobody needs to be signed
     * in: the weekly billing job runs as the platform, and ending a contract bills its open week whichever side
     * ends it. The contracts module decides that the charge is due (a week that has ended, within the cap); the
     * ledger's rules (idempotency key, balanced transaction, provider first) are those of {@link #fund}. A real
     * provider charges the payment method the client saved when they last paid on its page, off-session.
     *
     * @throws UserFacingException when the contract is paid in another currency, or the provider declines
     *         ({@link PaymentProviderException}; nothing posted, and the caller's transaction is not marked for
     *         rollback)
     */
    @PreAuthorize("permitAll()")
    // A refusal posts nothing, so the caller's transaction may go on to record it (an unpaid week).
    @Transactional(noRollbackFor = PaymentProviderException.class)
    public Posting fundAuthorized(IdempotencyKey key, EscrowRef contract, Money price, String memo) {
        return switch (charge(key, contract, price, check(price, memo), signedIn(), null)) {
            case Funding.Funded funded -> funded.posting();
            case Funding.AwaitingPayment waiting -> throw new IllegalStateException(
                    "The provider " + provider.name() + " answered an off-session charge with a payment page");
        };
    }

    /**
     * The provider confirmed a funding the client paid on its page (a webhook): posts it under its key, as
     * {@link #fund} would have, with the provider's own fee as entries of their own, and publishes
     * {@link ClientCharged} and {@link FundingConfirmed}. A confirmation delivered again, or after another
     * confirmation of the same payment, finds the key's transaction and posts nothing.
     *
     * @return the posting, or empty when no funding waits under this key
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Posting> confirmCharge(IdempotencyKey key, String providerReference, Money providerFee) {
        ledger.lock(key);
        var pending = pendingCharges.lock(key);
        if (pending.isEmpty()) {
            return ledger.find(key).map(LedgerTransaction::posting);
        }
        var charge = pending.get();
        Optional<Posting> replay = replay(key, PaymentKind.FUND, charge.contract().contractRef(), charge.price());
        if (replay.isPresent()) {
            return replay;
        }
        Posting posting = post(key, charge.contract(), charge.price(), charge.memo(), null,
                new ChargeOutcome.Confirmed(providerReference, providerFee));
        pendingCharges.mark(key, PendingCharges.State.CONFIRMED);
        events.publishEvent(new FundingConfirmed(key, charge.contract().contractRef(), charge.contract().client(),
                charge.price()));
        return Optional.of(posting);
    }

    /**
     * The provider reports that a funding paid on its page failed: nothing is posted, the funding is marked failed
     * (so the client may start it again) and {@link FundingFailed} is published. A funding already confirmed stays so.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void failCharge(IdempotencyKey key, String reason) {
        ledger.lock(key);
        pendingCharges.lock(key).filter(charge -> charge.state() == PendingCharges.State.PENDING).ifPresent(charge -> {
            pendingCharges.mark(key, PendingCharges.State.FAILED);
            events.publishEvent(new FundingFailed(key, charge.contract().contractRef(), charge.contract().client(), reason));
        });
    }

    private UserId requireClient(EscrowRef contract) {
        UserId actor = AccountPrincipal.currentUserId();
        if (!actor.equals(contract.client())) {
            throw new UserFacingException("payment.fund.not-client");
        }
        return actor;
    }

    private Funding charge(IdempotencyKey key, EscrowRef contract, Money price, String cleanMemo, @Nullable UserId actor,
            @Nullable ReturnPages returnPages) {
        ledger.lock(key);
        Optional<Posting> replay = replay(key, PaymentKind.FUND, contract.contractRef(), price);
        if (replay.isPresent()) {
            return new Funding.Funded(replay.get());
        }
        // Checked before the provider is asked: a funding it could never post must not charge anyone.
        ledger.escrow(contract, price.currency());
        FeeBreakdown breakdown = fees.breakdown(price);
        var outcome = provider.charge(new ChargeRequest(key, contract.client(), breakdown.clientPays(), cleanMemo,
                contract.contractRef(), returnPages, returnPages == null ? 0 : pendingCharges.nextAttempt(key)));
        return switch (outcome) {
            case ChargeOutcome.Confirmed confirmed -> new Funding.Funded(post(key, contract, price, cleanMemo, actor, confirmed));
            case ChargeOutcome.Pending pending -> {
                pendingCharges.start(key, contract, price, cleanMemo, pending.reference());
                yield new Funding.AwaitingPayment(key, pending.payAt());
            }
        };
    }

    /**
     * The funding's ledger transaction: client funding − (price + client fee), escrow + price, revenue + client
     * fee; and when the provider kept a fee of the charge, revenue − that fee and the provider's fees + that fee.
     */
    private Posting post(IdempotencyKey key, EscrowRef contract, Money price, String cleanMemo, @Nullable UserId actor,
            ChargeOutcome.Confirmed confirmed) {
        Currency currency = price.currency();
        LedgerAccount escrow = ledger.escrow(contract, currency);
        FeeBreakdown breakdown = fees.breakdown(price);
        var legs = new ArrayList<Leg>(List.of(
                new Leg(ledger.clientFunding(contract.client(), currency), negate(breakdown.clientPays())),
                new Leg(escrow, price),
                new Leg(ledger.platformRevenue(currency), breakdown.clientFee())));
        Money providerFee = confirmed.providerFee();
        if (providerFee.isPositive()) {
            if (!providerFee.currency().equals(currency)) {
                throw new IllegalStateException("The provider's fee is in " + providerFee.currency() + ", not " + currency);
            }
            legs.add(new Leg(ledger.platformRevenue(currency), negate(providerFee)));
            legs.add(new Leg(ledger.providerFees(provider.name(), currency), providerFee));
        }
        Posting posting = ledger.post(key, PaymentKind.FUND, contract.contractRef(), price, breakdown.clientFee(),
                cleanMemo, provider.name(), confirmed.reference(), actor, legs).posting();
        events.publishEvent(new ClientCharged(contract.client(), breakdown.clientPays()));
        events.publishEvent(new PaymentPosted(posting, contract.client(), contract.freelancer()));
        return posting;
    }

    /**
     * A month of a member's plan was paid (the provider collected it, or in demo mode would have): posted once per
     * key, the member's subscriber account giving it and the platform's revenue receiving it, with
     * {@link PaymentPosted} (the member as both parties) so billing issues its invoice in the same transaction.
     * The subscriptions module calls it when it records the month; nobody needs to be signed in.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Posting recordSubscription(IdempotencyKey key, UserId member, Money amount, String memo,
            @Nullable String providerReference) {
        String cleanMemo = check(amount, memo);
        ledger.lock(key);
        var earlier = ledger.find(key);
        if (earlier.isPresent()) {
            if (earlier.get().kind() != PaymentKind.SUBSCRIPTION || !earlier.get().price().equals(amount)) {
                throw new IllegalArgumentException("The idempotency key " + key + " was used for another command");
            }
            return earlier.get().posting();
        }
        Currency currency = amount.currency();
        Posting posting = ledger.post(key, PaymentKind.SUBSCRIPTION, null, amount, new Money(0, currency), cleanMemo,
                provider.name(), providerReference, null, List.of(
                        new Leg(ledger.subscriber(member, currency), negate(amount)),
                        new Leg(ledger.platformRevenue(currency), amount)))
                .posting();
        events.publishEvent(new PaymentPosted(posting, member, member));
        return posting;
    }

    /** Whether the client has ever been charged successfully; public, since "payment verified" is shown to all. */
    @PreAuthorize("permitAll()")
    public boolean hasBeenCharged(UserId client) {
        return entries.existsByAccountKindAndAccountUserId(LedgerAccountKind.CLIENT_FUNDING, client.value());
    }

    /**
     * Escrowed money goes to the freelancer: the escrow gives the price, the freelancer's balance receives it less
     * the freelancer fee, which the platform keeps. Works with nobody signed in (the auto-release job). The escrow
     * row stays locked until the transaction ends, so two releases of the same money cannot both succeed.
     *
     * @throws UserFacingException when the escrow holds less than the price (an escrow never goes negative)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Posting release(IdempotencyKey key, String contractRef, Money price, String memo) {
        ContractRefs.check(contractRef);
        String cleanMemo = check(price, memo);
        ledger.lock(key);
        Optional<Posting> replay = replay(key, PaymentKind.RELEASE, contractRef, price);
        if (replay.isPresent()) {
            return replay.get();
        }
        LedgerAccount escrow = lockedEscrowHolding(contractRef, price);
        FeeBreakdown breakdown = fees.breakdown(price);
        Currency currency = price.currency();
        UserId freelancer = escrow.freelancer().orElseThrow();
        Posting posting = ledger.post(key, PaymentKind.RELEASE, contractRef, price, breakdown.freelancerFee(), cleanMemo,
                null, null, signedIn(), List.of(
                        new Leg(escrow, negate(price)),
                        new Leg(ledger.freelancerBalance(freelancer, currency), breakdown.freelancerReceives()),
                        new Leg(ledger.platformRevenue(currency), breakdown.freelancerFee())))
                .posting();
        if (breakdown.freelancerReceives().isPositive()) {
            events.publishEvent(new MoneyReleased(key, contractRef, freelancer, breakdown.freelancerReceives()));
        }
        events.publishEvent(new PaymentPosted(posting, escrow.client().orElseThrow(), freelancer));
        return posting;
    }

    /**
     * Escrowed money goes back to the client through the provider, with the client fee that was charged on it:
     * the fee the policy puts on the refunded price, but never more than the contract's fundings charged and
     * earlier refunds have not returned (so rounding or a changed policy never returns more than was paid).
     * Posted only after the provider confirmed the refund: the escrow gives the price, the platform's revenue the
     * fee, and the client's funding account receives both.
     *
     * @throws UserFacingException when the escrow holds less than the price, or the provider declines
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Posting refund(IdempotencyKey key, String contractRef, Money price, String memo) {
        ContractRefs.check(contractRef);
        String cleanMemo = check(price, memo);
        ledger.lock(key);
        Optional<Posting> replay = replay(key, PaymentKind.REFUND, contractRef, price);
        if (replay.isPresent()) {
            return replay.get();
        }
        LedgerAccount escrow = lockedEscrowHolding(contractRef, price);
        Currency currency = price.currency();
        UserId client = escrow.client().orElseThrow();
        long feeHeld = ledger.clientFeesHeld(contractRef);
        Money fee = new Money(Math.min(fees.breakdown(price).clientFee().minorUnits(), feeHeld), currency);
        Money back = price.plus(fee);
        String refund = provider.refund(key, client, back, ledger.chargeReferences(contractRef));
        Posting posting = ledger.post(key, PaymentKind.REFUND, contractRef, price, fee, cleanMemo, provider.name(), refund,
                signedIn(), List.of(
                        new Leg(escrow, negate(price)),
                        new Leg(ledger.platformRevenue(currency), negate(fee)),
                        new Leg(ledger.clientFunding(client, currency), back)))
                .posting();
        events.publishEvent(new PaymentPosted(posting, client, escrow.freelancer().orElseThrow()));
        return posting;
    }

    /** What the contract's escrow holds now; empty when it was never funded. For its parties and admins. */
    public Optional<Money> escrowBalance(String contractRef) {
        return readableEscrow(contractRef).map(ledger::balance);
    }

    /** The contract's ledger lines, newest first. For its parties and admins; empty when never funded. */
    public List<LedgerLine> contractPayments(String contractRef) {
        if (readableEscrow(contractRef).isEmpty()) {
            return List.of();
        }
        return entries.findAll(LedgerEntries.ofContract(contractRef), NEWEST_FIRST).stream().map(LedgerEntry::line).toList();
    }

    /**
     * What a client has paid freelancers so far, per currency: released prices, the "total spent" that freelancers
     * weigh before applying. Public, like the rest of a client's track record.
     */
    @PreAuthorize("permitAll()")
    public List<Money> spentBy(UserId client) {
        return amounts(entries.releasedByClient(client.value()));
    }

    /** The signed-in freelancer's available balance and the money waiting in their contracts' escrows. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public Earnings myEarnings() {
        long me = AccountPrincipal.currentUserId().value();
        return new Earnings(amounts(entries.userTotals(LedgerAccountKind.FREELANCER_BALANCE, me)),
                amounts(entries.escrowTotalsOfFreelancer(me)));
    }

    /** The signed-in freelancer's ledger lines (their balance and their contracts' escrows), newest first. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public List<LedgerLine> myEarningsHistory(Pageable page) {
        return lines(LedgerEntries.earningsOf(AccountPrincipal.currentUserId()), page);
    }

    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public long countMyEarningsHistory() {
        return entries.count(LedgerEntries.earningsOf(AccountPrincipal.currentUserId()));
    }

    /** Every ledger entry that matches, newest first unless the page sorts otherwise. Admins only. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<LedgerLine> ledgerLines(LedgerFilter filter, Pageable page) {
        return lines(LedgerEntries.matching(filter), page);
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countLedgerLines(LedgerFilter filter) {
        return entries.count(LedgerEntries.matching(filter));
    }

    /** The matching entries summed per account kind and currency. Admins only. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<LedgerTotal> ledgerTotals(LedgerFilter filter) {
        return ledger.totals(LedgerEntries.matching(filter));
    }

    /** True when no real money moves (the demo provider); views show "Demo payments — no real money". */
    @PreAuthorize("permitAll()")
    public boolean demoMode() {
        return provider.demo();
    }

    private Optional<Posting> replay(IdempotencyKey key, PaymentKind kind, String contractRef, Money price) {
        return ledger.find(key).map(earlier -> {
            if (!earlier.sameCommand(kind, contractRef, price)) {
                throw new IllegalArgumentException("The idempotency key " + key + " was used for another command");
            }
            return earlier.posting();
        });
    }

    /** The escrow, locked, holding at least the price in its currency: no escrow ever goes negative. */
    private LedgerAccount lockedEscrowHolding(String contractRef, Money price) {
        LedgerAccount escrow = ledger.lockEscrow(contractRef)
                .orElseThrow(() -> new UserFacingException("payment.escrow.insufficient"));
        // Checked under the escrow's lock, which a chargeback's freeze also takes.
        if (frozen.frozen(contractRef)) {
            throw new UserFacingException("payment.contract.frozen");
        }
        if (!escrow.currency().equals(price.currency())) {
            throw new UserFacingException("payment.currency.mismatch", (Object) escrow.currency().getCurrencyCode());
        }
        if (ledger.balance(escrow).compareTo(price) < 0) {
            throw new UserFacingException("payment.escrow.insufficient");
        }
        return escrow;
    }

    /** The escrow if the signed-in member may read it: a party of the contract, or an admin. */
    private Optional<LedgerAccount> readableEscrow(String contractRef) {
        Optional<LedgerAccount> escrow = ledger.findEscrow(contractRef);
        var me = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("account.not-signed-in"));
        if (escrow.isPresent() && !me.hasRole(Role.ADMIN) && !escrow.get().concerns(me.userId())) {
            throw new UserFacingException("payment.contract.not-allowed");
        }
        return escrow;
    }

    private List<LedgerLine> lines(Specification<LedgerEntry> which, Pageable page) {
        Pageable capped = Paging.capped(page, MAX_PAGE_SIZE);
        if (capped.getSort().isUnsorted()) {
            capped = PageRequest.of(capped.getPageNumber(), capped.getPageSize(), NEWEST_FIRST);
        } else {
            capped = PageRequest.of(capped.getPageNumber(), capped.getPageSize(),
                    capped.getSort().and(Sort.by(Sort.Order.desc("id"))));
        }
        return entries.findAll(which, capped).stream().map(LedgerEntry::line).toList();
    }

    private static String check(Money price, String memo) {
        if (!price.isPositive()) {
            throw InvalidInputException.of("price", "payment.price.positive");
        }
        String clean = memo.strip();
        if (clean.length() > MAX_MEMO_LENGTH) {
            throw InvalidInputException.of("memo", "payment.memo.too-long", MAX_MEMO_LENGTH);
        }
        return clean;
    }

    private static @Nullable UserId signedIn() {
        return AccountPrincipal.current().map(AccountPrincipal::userId).orElse(null);
    }

    private static Money negate(Money money) {
        return new Money(Math.negateExact(money.minorUnits()), money.currency());
    }

    private static List<Money> amounts(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new Money(((Number) row[1]).longValue(), Currency.getInstance((String) row[0])))
                .filter(money -> money.minorUnits() != 0)
                .toList();
    }
}
