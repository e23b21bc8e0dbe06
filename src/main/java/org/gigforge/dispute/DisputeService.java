package org.gigforge.dispute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractMediation;
import org.gigforge.contract.MediationStep;
import org.gigforge.contract.WorkRef;
import org.gigforge.dispute.internal.DisputeEntity;
import org.gigforge.dispute.internal.DisputeProperties;
import org.gigforge.dispute.internal.DisputeRepository;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes (decision 25). Only the contract's two parties open one, only the other side answers, only the opener
 * withdraws, only admins decide; the two parties and admins read it, anyone else is told it does not exist. Every
 * step is written into the contract's history and published as a {@link DisputeChanged} event.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DisputeService {

    /** The most evidence files one statement may carry. */
    public static final int MAX_FILES = 5;
    public static final int MAX_TEXT = 5_000;
    /** The files module's owner types of the opener's and the answer's evidence; the owner id is the dispute's. */
    public static final String STATEMENT_FILES = "dispute-statement";
    public static final String RESPONSE_FILES = "dispute-response";

    private final DisputeRepository disputes;
    private final ContractMediation mediation;
    private final FileService files;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration responseWindow;
    private final Duration decisionWindow;

    DisputeService(DisputeRepository disputes, ContractMediation mediation, FileService files, AccountService accounts,
            ApplicationEventPublisher events, Clock clock, DisputeProperties properties) {
        this.disputes = disputes;
        this.mediation = mediation;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.responseWindow = properties.responseWindow();
        this.decisionWindow = properties.decisionWindow();
    }

    /** How long the other side has to answer. */
    @PreAuthorize("permitAll()")
    public Duration responseWindow() {
        return responseWindow;
    }

    /**
     * A party opens a dispute on a funded milestone (funded or submitted, not yet released) or a billed week in its
     * review window: its money is frozen at once, and the other side has the response window to answer.
     */
    @Transactional
    public Dispute open(WorkRef work, DisputeReason reason, String statement, List<FileId> evidence) {
        String text = text("statement", statement);
        var attachments = checkedFiles(evidence);
        UserId me = me();
        Instant now = clock.instant();
        var held = mediation.hold(work, abbreviate(text));
        var dispute = new DisputeEntity(held, me, reason, text, now, now.plus(responseWindow));
        try {
            disputes.saveAndFlush(dispute);
        } catch (DataIntegrityViolationException alreadyOpen) {
            throw new UserFacingException("dispute.already-open");
        }
        attach(attachments, FileOwner.of(STATEMENT_FILES, dispute.id()));
        publish(dispute, DisputeChanged.Step.OPENED, me);
        return view(dispute);
    }

    /** The other side answers with their own text and files; then an admin is asked to decide. */
    @Transactional
    public Dispute answer(DisputeId id, String response, List<FileId> evidence) {
        String text = text("response", response);
        var attachments = checkedFiles(evidence);
        var dispute = party(id, true);
        UserId me = me();
        if (dispute.openedBy().equals(me)) {
            throw new UserFacingException("dispute.answer.other-side");
        }
        if (dispute.state() != DisputeState.AWAITING_RESPONSE) {
            throw new UserFacingException("dispute.state.not-allowed");
        }
        Instant now = clock.instant();
        dispute.answered(text, now, now.plus(decisionWindow));
        attach(attachments, FileOwner.of(RESPONSE_FILES, dispute.id()));
        mediation.note(dispute.contractId(), me, MediationStep.ANSWERED, dispute.workTitle());
        publish(dispute, DisputeChanged.Step.ANSWERED, me);
        return view(dispute);
    }

    /** The opener takes the dispute back while it is open: the money follows its normal path again. */
    @Transactional
    public Dispute withdraw(DisputeId id) {
        var dispute = party(id, true);
        UserId me = me();
        if (!dispute.openedBy().equals(me)) {
            throw new UserFacingException("dispute.withdraw.opener-only");
        }
        dispute.withdrawn(clock.instant());
        mediation.lift(dispute.work());
        publish(dispute, DisputeChanged.Step.WITHDRAWN, me);
        return view(dispute);
    }

    /**
     * An admin decides a dispute awaiting a decision, with a written decision both sides read: release it all to the
     * freelancer, refund it all to the client, or split it ({@code toFreelancer} to the freelancer, the rest back).
     * Money moves under keys derived from the dispute ({@code dispute-12:release}, {@code dispute-12:refund}); the
     * dispute row is locked, so a double click decides once and the second is told it is decided already.
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public Dispute decide(DisputeId id, DisputeOutcome outcome, @Nullable Money toFreelancer, String decision) {
        String text = text("decision", decision);
        var dispute = disputes.findForUpdate(id.value()).orElseThrow(() -> new UserFacingException("dispute.not-found"));
        if (dispute.state() == DisputeState.DECIDED) {
            throw new UserFacingException("dispute.already-decided");
        }
        if (dispute.state() != DisputeState.AWAITING_DECISION) {
            throw new UserFacingException("dispute.state.not-allowed");
        }
        Money amount = dispute.amount();
        Money paid = switch (outcome) {
            case RELEASE -> amount;
            case REFUND -> Money.of(0, amount.currency().getCurrencyCode());
            case SPLIT -> {
                if (toFreelancer == null || !toFreelancer.currency().equals(amount.currency())
                        || !toFreelancer.isPositive() || toFreelancer.compareTo(amount) >= 0) {
                    throw InvalidInputException.of("toFreelancer", "dispute.split.range");
                }
                yield toFreelancer;
            }
        };
        UserId admin = me();
        dispute.decided(outcome, paid, text, admin, clock.instant());
        mediation.settle(dispute.work(), paid, "dispute-" + dispute.id(), outcome.name() + " · " + abbreviate(text));
        publish(dispute, DisputeChanged.Step.DECIDED, admin);
        return view(dispute);
    }

    /** The milestone or week a dispute would be about, for its contract's parties and admins. */
    public org.gigforge.contract.DisputedWork describe(WorkRef work) {
        return mediation.work(work);
    }

    /** One dispute, for the contract's parties and admins. */
    public Dispute dispute(DisputeId id) {
        return view(readable(id));
    }

    /** The disputes of a contract, newest first, for its parties and admins. */
    public List<Dispute> disputesOf(ContractId contract) {
        return disputes.findByContractIdOrderByOpenedAtDescIdDesc(contract.value()).stream()
                .filter(this::mayRead).map(this::view).toList();
    }

    /** The latest dispute about a milestone or week, if the viewer may read it. */
    public java.util.Optional<Dispute> latestAbout(WorkRef work) {
        return disputes.findByWorkKindAndWorkIdOrderByOpenedAtDescIdDesc(work.kind(), work.id()).stream()
                .filter(this::mayRead).findFirst().map(this::view);
    }

    /** Every dispute, for admins: by state, the nearest deadline first (closed ones last, newest first). */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<Dispute> findDisputes(@Nullable DisputeState state, Pageable page) {
        var capped = Paging.capped(page, 100);
        var sorted = org.springframework.data.domain.PageRequest.of(capped.getPageNumber(), capped.getPageSize(),
                Sort.by(Sort.Order.asc("deadline").nullsLast(), Sort.Order.desc("openedAt"), Sort.Order.desc("id")));
        return disputes.findAll(matching(state), sorted).map(this::view).getContent();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countDisputes(@Nullable DisputeState state) {
        return disputes.count(matching(state));
    }

    /**
     * Moves every dispute whose answer did not come by its deadline to "awaiting decision", each in its own
     * transaction. Runs as the platform, from the deadline job. Returns how many moved.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int moveUnanswered() {
        int moved = 0;
        for (Long id : disputes.findDueBy(DisputeState.AWAITING_RESPONSE, clock.instant())) {
            if (self().moveUnanswered(id)) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * Sends admins an escalation notice for every dispute left undecided past the decision window, once per
     * dispute. Runs as the platform, from the deadline job. Returns how many were escalated.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int escalateUndecided() {
        int escalated = 0;
        for (Long id : disputes.findUndecidedBy(clock.instant())) {
            if (self().escalate(id)) {
                escalated++;
            }
        }
        return escalated;
    }

    /** One unanswered dispute past its deadline, locked; false when it moved meanwhile. */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean moveUnanswered(long id) {
        var dispute = disputes.findForUpdate(id).orElseThrow();
        Instant now = clock.instant();
        Instant deadline = dispute.deadline();
        if (dispute.state() != DisputeState.AWAITING_RESPONSE || deadline == null || deadline.isAfter(now)) {
            return false;
        }
        dispute.awaitDecision(now, now.plus(decisionWindow));
        mediation.note(dispute.contractId(), null, MediationStep.AWAITING_DECISION, dispute.workTitle());
        publish(dispute, DisputeChanged.Step.AWAITING_DECISION, null);
        return true;
    }

    /** One undecided dispute past the decision window, locked; false when decided or escalated meanwhile. */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean escalate(long id) {
        var dispute = disputes.findForUpdate(id).orElseThrow();
        Instant now = clock.instant();
        Instant deadline = dispute.deadline();
        if (dispute.state() != DisputeState.AWAITING_DECISION || dispute.escalatedAt() != null || deadline == null
                || deadline.isAfter(now)) {
            return false;
        }
        dispute.escalated(now);
        mediation.note(dispute.contractId(), null, MediationStep.ESCALATED, dispute.workTitle());
        publish(dispute, DisputeChanged.Step.ESCALATED, null);
        return true;
    }

    // ---- Rules ------------------------------------------------------------------------------------

    private DisputeService self;

    /** The proxied service, so the per-dispute steps of the jobs run in their own transactions. */
    private DisputeService self() {
        return self;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setSelf(@org.springframework.context.annotation.Lazy DisputeService self) {
        this.self = self;
    }

    private static String text(String field, @Nullable String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "dispute.text.length", MAX_TEXT);
        }
        return text;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private List<FileId> checkedFiles(List<FileId> evidence) {
        var unique = List.copyOf(new LinkedHashSet<>(evidence));
        if (unique.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "dispute.files.count", MAX_FILES);
        }
        for (FileId file : unique) {
            var upload = files.find(file).orElseThrow(() -> new UserFacingException("file.not-found"));
            // Public pictures live at open addresses: evidence stays private.
            if (upload.kind() != FileKind.DOCUMENT) {
                throw InvalidInputException.of("files", "dispute.files.kind");
            }
        }
        return unique;
    }

    private void attach(List<FileId> attachments, FileOwner owner) {
        attachments.forEach(file -> files.attach(file, owner));
    }

    private DisputeEntity party(DisputeId id, boolean lock) {
        UserId me = me();
        return (lock ? disputes.findForUpdate(id.value()) : disputes.findById(id.value()))
                .filter(d -> d.isParty(me))
                .orElseThrow(() -> new UserFacingException("dispute.not-found"));
    }

    private DisputeEntity readable(DisputeId id) {
        return disputes.findById(id.value()).filter(this::mayRead)
                .orElseThrow(() -> new UserFacingException("dispute.not-found"));
    }

    private boolean mayRead(DisputeEntity dispute) {
        return AccountPrincipal.current().map(p -> dispute.isParty(p.userId()) || p.hasRole(Role.ADMIN)).orElse(false);
    }

    private static Specification<DisputeEntity> matching(@Nullable DisputeState state) {
        return (root, query, cb) -> state == null ? cb.conjunction() : cb.equal(root.get("state"), state);
    }

    private void publish(DisputeEntity d, DisputeChanged.Step step, @Nullable UserId actor) {
        events.publishEvent(new DisputeChanged(d.id(), d.contractId(), d.workTitle(), step, d.clientId(),
                d.freelancerId(), actor));
    }

    private static UserId me() {
        return AccountPrincipal.currentUserId();
    }

    private Dispute view(DisputeEntity d) {
        Set<UserId> people = Set.of(d.clientId(), d.freelancerId());
        var names = accounts.publicNames(people);
        return new Dispute(d.id(), d.contractId(), contractTitle(d), d.work(), d.workTitle(), d.amount(), d.clientId(),
                names.getOrDefault(d.clientId(), ""), d.freelancerId(), names.getOrDefault(d.freelancerId(), ""),
                d.openedBy(), d.reason(), d.statement(), files.filesOf(FileOwner.of(STATEMENT_FILES, d.id())),
                d.openedAt(), d.response(), files.filesOf(FileOwner.of(RESPONSE_FILES, d.id())), d.answeredAt(),
                d.state(), d.deadline(), d.escalatedAt(), d.outcome(), d.toFreelancer(), d.decision(), d.decidedAt(),
                d.withdrawnAt());
    }

    private String contractTitle(DisputeEntity d) {
        try {
            return AccountPrincipal.current().isPresent() ? mediation.work(d.work()).contractTitle() : "";
        } catch (UserFacingException notReadable) {
            return "";
        }
    }
}
