package org.gigforge.contract.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gigforge.account.UserId;
import org.gigforge.contract.BilledWeekId;
import org.gigforge.contract.BilledWeekState;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.WeekBilled;
import org.gigforge.contract.WeekPaymentFailed;
import org.gigforge.contract.WeekReleased;
import org.gigforge.job.JobType;
import org.gigforge.payment.FundingConfirmed;
import org.gigforge.payment.Funding;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentProviderException;
import org.gigforge.payment.PaymentProviderUnavailableException;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of hourly contracts: bills a week's logged time (charged into the contract's escrow under the
 * client's standing authorisation) and releases it when its review window has passed. Each method runs in
 * the caller's transaction or its own, so the billing job bills and releases one week per transaction and a
 * failing charge holds up nothing else. Authorisation is the callers' (the contracts module's services and
 * its job); nothing here is for views.
 */
@Component
public class HourlyBilling {

    private static final Pattern WEEK_KEY = Pattern.compile("fund:week-(\\d+)-(\\d{4}-W\\d{2})");

    private final ContractRepository contracts;
    private final TimeEntryRepository entries;
    private final BilledWeekRepository weeks;
    private final ContractEventRepository history;
    private final PaymentService payments;
    private final ApplicationEventPublisher events;
    private final Duration reviewWindow;
    private final Clock clock;

    HourlyBilling(ContractRepository contracts, TimeEntryRepository entries, BilledWeekRepository weeks,
            ContractEventRepository history, PaymentService payments, ApplicationEventPublisher events,
            GigforgeProperties properties, Clock clock) {
        this.contracts = contracts;
        this.entries = entries;
        this.weeks = weeks;
        this.history = history;
        this.payments = payments;
        this.events = events;
        this.reviewWindow = properties.contracts().hourlyReviewWindow();
        this.clock = clock;
    }

    /** How long the client may dispute a billed week before it is released. */
    public Duration reviewWindow() {
        return reviewWindow;
    }

    /** A contract and a week with time not billed yet. */
    public record WeekToBill(ContractId contract, LocalDate weekStart) {}

    /** Every week that started before {@code before} and holds time not billed yet, oldest first per contract. */
    @Transactional(readOnly = true)
    public List<WeekToBill> unbilledWeeksBefore(LocalDate before) {
        var found = new TreeSet<WeekToBill>((a, b) -> a.contract().value() != b.contract().value()
                ? Long.compare(a.contract().value(), b.contract().value())
                : a.weekStart().compareTo(b.weekStart()));
        for (Object[] row : entries.findUnbilledDaysBefore(before)) {
            found.add(new WeekToBill(new ContractId(((Number) row[0]).longValue()), IsoWeeks.start((LocalDate) row[1])));
        }
        return List.copyOf(found);
    }

    /**
     * Bills one week of a contract: its unbilled time becomes a billed week in review, the client is charged the
     * amount plus the client fee into the escrow (key {@code fund:week-<contract>-<isoweek>}), and the history and
     * a {@link WeekBilled} event say so. Nothing happens when the week holds no unbilled time or was billed before,
     * so running it again is harmless. Takes the contract's lock.
     *
     * @param actor who caused it (the party ending the contract), or null for the billing job
     * @return the billed week, or empty when there was nothing to bill
     */
    @Transactional
    public Optional<BilledWeekEntity> billWeek(ContractId id, LocalDate weekStart, Instant now, @Nullable UserId actor) {
        var contract = contracts.findForUpdate(id.value()).orElseThrow();
        if (contract.terms().type() != JobType.HOURLY || weeks.existsByContractIdAndWeekStart(id.value(), weekStart)) {
            return Optional.empty();
        }
        var time = entries.findUnbilled(id.value(), weekStart, weekStart.plusWeeks(1));
        int minutes = time.stream().mapToInt(TimeEntryEntity::minutes).sum();
        if (minutes == 0) {
            return Optional.empty();
        }
        Money rate = Objects.requireNonNull(contract.terms().hourlyRate());
        Money amount = IsoWeeks.amount(rate, minutes);
        // The window starts at billing, so the client always gets all of it, even for a week billed late (a missed
        // run caught up) or early (the contract ended mid-week, so that week's work is done).
        Instant reviewEnds = now.plus(reviewWindow);
        var week = weeks.saveAndFlush(new BilledWeekEntity(id, weekStart, minutes, rate, amount, now, reviewEnds));
        time.forEach(entry -> entry.billed(week.id().value()));
        String label = IsoWeeks.label(weekStart);
        try {
            payments.fundAuthorized(fundingKey(id, weekStart), contract.escrow(), amount,
                    memo(label, minutes));
        } catch (PaymentProviderUnavailableException unavailable) {
            // Nothing billed: the whole week rolls back and the next run tries again.
            throw unavailable;
        } catch (PaymentProviderException refused) {
            // The card said no with nobody there to answer: the week is billed, unpaid, and the client is told.
            week.moveTo(BilledWeekState.UNPAID, now);
            history.save(new ContractEventEntity(id, now, actor, "week.payment-failed", detail(label, minutes)));
            events.publishEvent(new WeekPaymentFailed(id, week.id(), contract.clientId(), contract.freelancerId(), amount,
                    refused.messageKey()));
            return Optional.of(week);
        }
        history.save(new ContractEventEntity(id, now, actor, "week.billed", detail(label, minutes)));
        events.publishEvent(new WeekBilled(id, week.id(), contract.clientId(), contract.freelancerId(), amount));
        return Optional.of(week);
    }

    /**
     * Bills every week of the contract with time not billed yet, the current one included: used when the
     * contract ends, so the freelancer's last days are not lost.
     */
    @Transactional
    public List<BilledWeekEntity> billAllOpenTime(ContractId id, Instant now, @Nullable UserId actor) {
        var billed = new ArrayList<BilledWeekEntity>();
        var starts = new TreeSet<LocalDate>();
        contracts.findForUpdate(id.value()).orElseThrow();
        entries.findUnbilledDays(id.value()).forEach(day -> starts.add(IsoWeeks.start(day)));
        for (LocalDate start : starts) {
            billWeek(id, start, now, actor).ifPresent(billed::add);
        }
        return billed;
    }

    /** Billed weeks whose review window has passed without a dispute. */
    @Transactional(readOnly = true)
    public List<Long> releasableBy(Instant now) {
        return weeks.findReviewEndedBy(BilledWeekState.IN_REVIEW, now);
    }

    /**
     * Releases a billed week whose review window has passed: the escrow pays the freelancer, less the freelancer
     * fee (key {@code release:week-<contract>-<isoweek>}). A week disputed meanwhile, released already or still in
     * its window is left alone. Takes the week's lock, so a dispute and the release cannot both win.
     *
     * @return whether the week was released now
     */
    @Transactional
    public boolean release(long weekId, Instant now) {
        var week = weeks.findForUpdate(weekId).orElseThrow();
        if (week.state() != BilledWeekState.IN_REVIEW || now.isBefore(week.reviewEndsAt())) {
            return false;
        }
        var contract = contracts.findById(week.contractId().value()).orElseThrow();
        week.moveTo(BilledWeekState.RELEASED, now);
        Money amount = week.amount(contract.terms().currency());
        String label = IsoWeeks.label(week.weekStart());
        payments.release(IdempotencyKey.of("release:week-" + contract.id() + "-" + label),
                ContractEntity.escrowOf(contract.id()), amount, memo(label, week.minutes()));
        history.save(new ContractEventEntity(contract.id(), now, null, "week.released", detail(label, week.minutes())));
        events.publishEvent(new WeekReleased(contract.id(), week.id(), contract.freelancerId(), amount));
        return true;
    }

    /**
     * The client pays a week whose off-session charge failed, as they pay a milestone: at once with a provider that
     * confirms at once, else on the provider's page, after which the provider's confirmation puts it in review
     * ({@link #on(FundingConfirmed)}). It is the same command as the billing job's charge, so it has the same key:
     * whatever happens, the week is funded once. Takes the week's and the contract's locks.
     */
    @Transactional
    public Funding payUnpaid(BilledWeekId weekId, UserId client, ReturnPages pages, Instant now) {
        var week = weeks.findForUpdate(weekId.value()).orElseThrow(() -> new UserFacingException("contract.not-found"));
        var contract = contracts.findForUpdate(week.contractId().value())
                .filter(c -> c.clientId().equals(client))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
        if (week.state() != BilledWeekState.UNPAID) {
            throw new UserFacingException("week.state.not-allowed");
        }
        String label = IsoWeeks.label(week.weekStart());
        var funding = payments.fund(fundingKey(contract.id(), week.weekStart()), contract.escrow(),
                week.amount(contract.terms().currency()), memo(label, week.minutes()), pages);
        if (funding instanceof Funding.Funded) {
            paid(week, contract, now, client);
        }
        return funding;
    }

    /** A late payment the client made on the provider's page was confirmed: the week is in review from now. */
    @EventListener
    void on(FundingConfirmed confirmed) {
        var match = WEEK_KEY.matcher(confirmed.key().value());
        if (!match.matches()) {
            return;
        }
        var contract = contracts.findForUpdate(Long.parseLong(match.group(1))).orElseThrow();
        weeks.findForUpdate(contract.id().value(), IsoWeeks.parse(match.group(2)))
                .filter(week -> week.state() == BilledWeekState.UNPAID)
                .ifPresent(week -> paid(week, contract, clock.instant(), confirmed.client()));
    }

    private void paid(BilledWeekEntity week, ContractEntity contract, Instant now, UserId client) {
        week.paid(now.plus(reviewWindow));
        String label = IsoWeeks.label(week.weekStart());
        history.save(new ContractEventEntity(contract.id(), now, client, "week.paid", detail(label, week.minutes())));
        events.publishEvent(new WeekBilled(contract.id(), week.id(), contract.clientId(), contract.freelancerId(),
                week.amount(contract.terms().currency())));
    }

    /** One week's funding, whether the billing job charges it or the client pays it later. */
    static IdempotencyKey fundingKey(ContractId contract, LocalDate weekStart) {
        return IdempotencyKey.of("fund:week-" + contract + "-" + IsoWeeks.label(weekStart));
    }

    /** "Week 2030-W02 · 12:30 h": the ledger memo of a week. */
    static String memo(String label, int minutes) {
        return "Week " + detail(label, minutes);
    }

    /** "2030-W02 · 12:30 h": what the history says after "Week billed". */
    static String detail(String label, int minutes) {
        return label + " · " + IsoWeeks.hours(minutes) + " h";
    }
}
