package org.gigforge.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.internal.BilledWeekEntity;
import org.gigforge.contract.internal.BilledWeekRepository;
import org.gigforge.contract.internal.ContractEntity;
import org.gigforge.contract.internal.ContractEventEntity;
import org.gigforge.contract.internal.ContractEventRepository;
import org.gigforge.contract.internal.ContractRepository;
import org.gigforge.contract.internal.HourlyBilling;
import org.gigforge.contract.internal.IsoWeeks;
import org.gigforge.contract.internal.TimeEntryEntity;
import org.gigforge.contract.internal.TimeEntryRepository;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.Funding;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly work: the freelancer logs time on the open week, both parties (and admins) read it, each ended
 * week is billed into protection and released after the review window unless the client disputes it.
 * Weeks are ISO weeks, Monday to Sunday in UTC (decision 13).
 *
 * <p>Only the contract's freelancer logs, changes or deletes time, only while the contract is active, only
 * on days of the current week that have begun (somewhere on Earth) and not before the contract started,
 * and never past the weekly cap. Entries of a billed week are read-only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TimesheetService {

    private static final Logger log = LoggerFactory.getLogger(TimesheetService.class);

    private final ContractRepository contracts;
    private final TimeEntryRepository entries;
    private final BilledWeekRepository weeks;
    private final ContractEventRepository history;
    private final HourlyBilling billing;
    private final FeePolicy fees;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimesheetService(ContractRepository contracts, TimeEntryRepository entries, BilledWeekRepository weeks,
            ContractEventRepository history, HourlyBilling billing, FeePolicy fees, InputValidator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.entries = entries;
        this.weeks = weeks;
        this.history = history;
        this.billing = billing;
        this.fees = fees;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The contract's time: the open week with what is left under the cap, and every earlier week. */
    public Timesheet timesheet(ContractId id) {
        return view(hourly(readable(id)));
    }

    /** The freelancer logs time on a day of the open week. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Timesheet logTime(ContractId id, TimeEntryDraft draft) {
        validator.check(draft);
        var contract = loggable(id);
        Instant now = clock.instant();
        LocalDate day = Objects.requireNonNull(draft.workDate());
        int minutes = checkedMinutes(draft);
        checkDay(contract, day, now);
        checkCap(contract, day, minutes, null);
        entries.save(new TimeEntryEntity(contract.id(), day, minutes, draft.memo(), now));
        return view(contract);
    }

    /** The freelancer changes an entry of the open week (its day may move within that week). */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Timesheet editTime(TimeEntryId id, TimeEntryDraft draft) {
        validator.check(draft);
        var entry = entries.findById(id.value()).orElseThrow(() -> new UserFacingException("time.not-found"));
        var contract = loggable(entry.contractId());
        Instant now = clock.instant();
        checkOpen(entry, now);
        LocalDate day = Objects.requireNonNull(draft.workDate());
        int minutes = checkedMinutes(draft);
        checkDay(contract, day, now);
        checkCap(contract, day, minutes, entry);
        entry.change(day, minutes, draft.memo(), now);
        return view(contract);
    }

    /** The freelancer deletes an entry of the open week. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Timesheet deleteTime(TimeEntryId id) {
        var entry = entries.findById(id.value()).orElseThrow(() -> new UserFacingException("time.not-found"));
        var contract = loggable(entry.contractId());
        checkOpen(entry, clock.instant());
        entries.delete(entry);
        return view(contract);
    }

    /**
     * The client pays a week whose charge failed (declined, or their bank wanted them present). With a provider
     * that confirms at once the week is in review now; with one that takes the payment on its own page the answer
     * says where to send the client, and the week stays unpaid until the provider confirms. Paying again while
     * the provider's page is open returns a page for the same payment: the week is funded once.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public WeekPayment payWeek(BilledWeekId id) {
        UserId client = AccountPrincipal.currentUserId();
        var week = weeks.findById(id.value()).orElseThrow(() -> new UserFacingException("contract.not-found"));
        String page = "/contracts/" + week.contractId();
        var funding = billing.payUnpaid(id, client, new ReturnPages(page + "?payment=done", page + "?payment=cancelled"),
                clock.instant());
        var contract = contracts.findById(week.contractId().value()).orElseThrow();
        return new WeekPayment(view(contract), funding instanceof Funding.AwaitingPayment waiting ? waiting.payAt() : null);
    }

    /**
     * Bills every week that has ended and holds time not billed yet, each in its own transaction: missed runs
     * catch up, a week billed already is skipped, and one failing charge (tried again next run) holds up no
     * other. Runs as the platform, from the billing job. Returns how many weeks were billed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int billEndedWeeks() {
        Instant now = clock.instant();
        int billed = 0;
        for (var week : billing.unbilledWeeksBefore(IsoWeeks.start(now))) {
            try {
                if (billing.billWeek(week.contract(), week.weekStart(), now, null).isPresent()) {
                    billed++;
                }
            } catch (RuntimeException failed) {
                log.warn("Billing week {} of contract {} failed; the next run tries again", IsoWeeks.label(week.weekStart()),
                        week.contract(), failed);
            }
        }
        return billed;
    }

    /**
     * Releases every billed week whose review window has passed without a dispute, each in its own transaction.
     * Runs as the platform, from the billing job. Returns how many weeks were released.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int releaseReviewedWeeks() {
        Instant now = clock.instant();
        int released = 0;
        for (Long id : billing.releasableBy(now)) {
            try {
                if (billing.release(id, now)) {
                    released++;
                }
            } catch (RuntimeException failed) {
                log.warn("Releasing billed week {} failed; the next run tries again", id, failed);
            }
        }
        return released;
    }

    // ---- Rules ------------------------------------------------------------------------------------

    /** The hourly contract, locked, if the signed-in member is its freelancer and it is active. */
    private ContractEntity loggable(ContractId id) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("contract.not-found"));
        var contract = contracts.findForUpdate(id.value())
                .filter(c -> c.isParty(viewer.userId()) || viewer.hasRole(Role.ADMIN))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
        hourly(contract);
        if (!contract.freelancerId().equals(viewer.userId())) {
            throw new UserFacingException("time.freelancer-only");
        }
        if (contract.state() != ContractState.ACTIVE) {
            throw new UserFacingException("time.contract-not-active");
        }
        return contract;
    }

    private static int checkedMinutes(TimeEntryDraft draft) {
        int minutes = Objects.requireNonNull(draft.minutes());
        if (minutes < TimeEntryDraft.MIN_MINUTES || minutes > TimeEntryDraft.MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "time.minutes.range", TimeEntryDraft.MIN_MINUTES,
                    TimeEntryDraft.MAX_MINUTES / 60);
        }
        return minutes;
    }

    /** A day may be logged when it lies in the current, unbilled week, has begun, and the contract had started. */
    private void checkDay(ContractEntity contract, LocalDate day, Instant now) {
        LocalDate week = IsoWeeks.start(now);
        if (day.isAfter(IsoWeeks.latestBegun(now))) {
            throw InvalidInputException.of("workDate", "time.date.future");
        }
        if (!IsoWeeks.start(day).equals(week)) {
            throw InvalidInputException.of("workDate", "time.date.week-closed");
        }
        if (day.isBefore(IsoWeeks.day(contract.startedAt()))) {
            throw InvalidInputException.of("workDate", "time.date.before-start");
        }
        if (weeks.existsByContractIdAndWeekStart(contract.id().value(), week)) {
            throw InvalidInputException.of("workDate", "time.week-billed");
        }
    }

    /** An existing entry may change only while its own week is the open one and not billed. */
    private void checkOpen(TimeEntryEntity entry, Instant now) {
        if (entry.billedWeekId() != null || !IsoWeeks.start(entry.workDate()).equals(IsoWeeks.start(now))) {
            throw new UserFacingException("time.entry-closed");
        }
    }

    /** The week's time, with this entry (replacing {@code changed}, if any), stays within the weekly cap. */
    private void checkCap(ContractEntity contract, LocalDate day, int minutes, @Nullable TimeEntryEntity changed) {
        LocalDate week = IsoWeeks.start(day);
        int logged = entries.findUnbilled(contract.id().value(), week, week.plusWeeks(1)).stream()
                .filter(e -> changed == null || !e.id().equals(changed.id()))
                .mapToInt(TimeEntryEntity::minutes).sum();
        int cap = capMinutes(contract);
        if (logged + minutes > cap) {
            int left = Math.max(0, cap - logged);
            throw left == 0
                    ? InvalidInputException.of("minutes", "time.cap.reached", cap / 60)
                    : InvalidInputException.of("minutes", "time.cap.exceeded", cap / 60, IsoWeeks.hours(left));
        }
    }

    private static int capMinutes(ContractEntity contract) {
        return Objects.requireNonNull(contract.terms().weeklyCapHours()) * 60;
    }

    private static ContractEntity hourly(ContractEntity contract) {
        if (contract.terms().type() != JobType.HOURLY) {
            throw new UserFacingException("time.hourly-only");
        }
        return contract;
    }

    private ContractEntity readable(ContractId id) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("contract.not-found"));
        return contracts.findById(id.value())
                .filter(c -> c.isParty(viewer.userId()) || viewer.hasRole(Role.ADMIN))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
    }

    private static UserId me() {
        return AccountPrincipal.currentUserId();
    }

    // ---- Views ------------------------------------------------------------------------------------

    private Timesheet view(ContractEntity contract) {
        Instant now = clock.instant();
        Money rate = Objects.requireNonNull(contract.terms().hourlyRate());
        LocalDate currentWeek = IsoWeeks.start(now);
        var billed = new LinkedHashMap<Long, BilledWeekEntity>();
        weeks.findByContract(contract.id().value()).forEach(w -> billed.put(w.id().value(), w));
        var current = new ArrayList<TimeEntry>();
        var byBilledWeek = new LinkedHashMap<Long, List<TimeEntry>>();
        var unbilledPast = new TreeMap<LocalDate, List<TimeEntry>>(Comparator.reverseOrder());
        for (TimeEntryEntity e : entries.findByContract(contract.id().value())) {
            Long week = e.billedWeekId();
            if (week != null) {
                byBilledWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(e.entry());
            } else if (IsoWeeks.start(e.workDate()).equals(currentWeek)) {
                current.add(e.entry());
            } else {
                unbilledPast.computeIfAbsent(IsoWeeks.start(e.workDate()), k -> new ArrayList<>()).add(e.entry());
            }
        }
        var past = new ArrayList<TimesheetWeek>();
        billed.values().forEach(w -> past.add(week(w.weekStart(), byBilledWeek.getOrDefault(w.id().value(), List.of()),
                rate, w.amount(rate.currency().getCurrencyCode()), w.view(now))));
        // Ended weeks the billing job has not reached yet (it runs hourly), and, once a contract has ended, none.
        unbilledPast.forEach((start, list) -> past.add(week(start, list, rate, null, null)));
        past.sort(Comparator.comparing(TimesheetWeek::start).reversed());

        var open = week(currentWeek, current, rate, null, null);
        int cap = capMinutes(contract);
        boolean canLog = contract.state() == ContractState.ACTIVE
                && AccountPrincipal.current().map(p -> p.userId().equals(contract.freelancerId())).orElse(false)
                && !billed.values().stream().anyMatch(w -> w.weekStart().equals(currentWeek));
        LocalDate first = IsoWeeks.day(contract.startedAt()).isAfter(currentWeek) ? IsoWeeks.day(contract.startedAt()) : currentWeek;
        LocalDate latest = IsoWeeks.latestBegun(now);
        LocalDate last = latest.isAfter(currentWeek.plusDays(6)) ? currentWeek.plusDays(6) : latest;
        return new Timesheet(contract.id(), rate, cap, open, Math.max(0, cap - open.minutes()), canLog, first, last, past,
                billing.reviewWindow(), now);
    }

    private TimesheetWeek week(LocalDate start, List<TimeEntry> list, Money rate, @Nullable Money billedAmount,
            @Nullable BilledWeek billing) {
        int minutes = list.stream().mapToInt(TimeEntry::minutes).sum();
        Money amount = billedAmount != null ? billedAmount : IsoWeeks.amount(rate, minutes);
        return new TimesheetWeek(start, start.plusDays(6), list, minutes, fees.breakdown(amount), billing);
    }
}
