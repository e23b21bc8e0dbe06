package org.gigforge.contract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.internal.ContractEntity;
import org.gigforge.contract.internal.ContractEventEntity;
import org.gigforge.contract.internal.ContractEventRepository;
import org.gigforge.contract.internal.ContractRepository;
import org.gigforge.contract.internal.HourlyBilling;
import org.gigforge.contract.internal.MilestoneEntity;
import org.gigforge.contract.internal.MilestoneRepository;
import org.gigforge.contract.internal.OfferEntity;
import org.gigforge.contract.internal.OfferRepository;
import org.gigforge.contract.internal.SubmissionEntity;
import org.gigforge.contract.internal.SubmissionRepository;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.job.HireMade;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.Funding;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.LikePattern;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalId;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ReceivedProposal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and contracts. Every method checks who is asking: only a job's client makes and takes
 * back offers, only the offered freelancer answers, only the two parties (and admins) see a
 * contract, and each milestone step belongs to one side.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ContractService {

    static final long MIN_MILESTONE_MAJOR = 5;
    static final long MAX_TOTAL_MAJOR = 1_000_000;
    static final long MIN_RATE_MAJOR = 3;
    static final long MAX_RATE_MAJOR = 1_000;
    /** The most files one submission of milestone work may carry. */
    public static final int MAX_SUBMISSION_FILES = 5;
    /** The files module's owner type for the files of a milestone submission; the owner id is the submission's. */
    public static final String SUBMISSION_FILES = "milestone-submission";

    private final OfferRepository offers;
    private final ContractRepository contracts;
    private final MilestoneRepository milestones;
    private final ContractEventRepository history;
    private final JobService jobs;
    private final ProposalService proposals;
    private final AccountService accounts;
    private final FeePolicy fees;
    private final PaymentService payments;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SubmissionRepository submissions;
    private final FileService files;
    private final HourlyBilling hourly;

    ContractService(OfferRepository offers, ContractRepository contracts, MilestoneRepository milestones,
            ContractEventRepository history, JobService jobs, ProposalService proposals, AccountService accounts,
            FeePolicy fees, PaymentService payments, InputValidator validator, ApplicationEventPublisher events,
            Clock clock, SubmissionRepository submissions, FileService files, HourlyBilling hourly) {
        this.offers = offers;
        this.contracts = contracts;
        this.milestones = milestones;
        this.history = history;
        this.jobs = jobs;
        this.proposals = proposals;
        this.accounts = accounts;
        this.fees = fees;
        this.payments = payments;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.submissions = submissions;
        this.files = files;
        this.hourly = hourly;
    }

    // ---- Offers -------------------------------------------------------------------------------

    /**
     * The client offers terms for their open job to the freelancer behind one of its proposals, or straight to a
     * freelancer they invited to it (the offer then answers that freelancer's open proposal, if they sent one).
     * Nobody else gets offers: freelancers who neither applied nor were invited are refused.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Offer sendOffer(OfferDraft draft) {
        validator.check(draft);
        var recipient = recipient(draft.to());
        JobSummary job = jobs.myJob(recipient.job()).orElseThrow(() -> new UserFacingException("offer.job.not-open"));
        if (job.state() != JobState.OPEN) {
            throw new UserFacingException("offer.job.not-open");
        }
        String currency = Objects.requireNonNull(job.budget() != null ? job.budget() : job.rateMin()).currency().getCurrencyCode();
        checkTerms(draft, currency);
        var offer = new OfferEntity(job.id(), recipient.proposal() == null ? null : recipient.proposal().id().value(),
                AccountPrincipal.currentUserId(), recipient.freelancer(), draft.type(), currency, draft.milestones(),
                draft.hourlyRate(), draft.weeklyCapHours(), draft.message(), clock.instant());
        try {
            offers.saveAndFlush(offer);
        } catch (DataIntegrityViolationException alreadyOpen) {
            throw new UserFacingException("offer.already-sent");
        }
        events.publishEvent(new OfferSent(offer.id(), offer.freelancerId()));
        return view(offer, job.title());
    }

    /** Who an offer goes to, for which job, answering which proposal (none for an invited freelancer who did not apply). */
    private record Recipient(JobId job, UserId freelancer, @Nullable ReceivedProposal proposal) {}

    private Recipient recipient(OfferDraft.Recipient to) {
        return switch (to) {
            case OfferDraft.FromProposal(ProposalId id) -> {
                var proposal = proposals.receivedProposal(id);
                if (!proposal.state().isOpen()) {
                    throw new UserFacingException("offer.proposal.closed");
                }
                yield new Recipient(proposals.jobOf(id), proposal.freelancerId(), proposal);
            }
            case OfferDraft.ToInvited(JobId job, UserId freelancer) -> {
                if (jobs.myJob(job).isEmpty()) {
                    throw new UserFacingException("offer.job.not-open");
                }
                if (freelancer.equals(me())) {
                    throw new UserFacingException("offer.own-job");
                }
                var proposal = proposals.proposalsBy(job, List.of(freelancer)).get(freelancer);
                if (proposal != null && proposal.state().isOpen()) {
                    yield new Recipient(job, freelancer, proposal);
                }
                if (!jobs.isInvited(job, freelancer)) {
                    throw new UserFacingException("offer.not-invited");
                }
                yield new Recipient(job, freelancer, null);
            }
        };
    }

    private void checkTerms(OfferDraft draft, String currency) {
        var problems = new ArrayList<InvalidInputException.Problem>();
        if (draft.type() == JobType.FIXED) {
            if (draft.milestones().isEmpty()) {
                problems.add(new InvalidInputException.Problem("milestones", "offer.milestones.count"));
            }
            long total = 0;
            for (MilestoneDraft m : draft.milestones()) {
                Money amount = Objects.requireNonNull(m.amount());
                if (!amount.currency().getCurrencyCode().equals(currency)) {
                    problems.add(new InvalidInputException.Problem("milestones", "offer.currency", currency));
                    break;
                }
                if (!amount.isWithinMajor(MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR)) {
                    problems.add(new InvalidInputException.Problem("milestones", "milestone.amount.range",
                            MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR));
                    break;
                }
                if (m.dueDate() != null && m.dueDate().isBefore(java.time.LocalDate.now(clock))) {
                    problems.add(new InvalidInputException.Problem("milestones", "milestone.due.past", m.title()));
                    break;
                }
                total += amount.minorUnits();
            }
            if (problems.isEmpty() && !Money.of(total, currency).isWithinMajor(MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR)) {
                problems.add(new InvalidInputException.Problem("milestones", "milestone.amount.range",
                        MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR));
            }
        } else {
            Money rate = draft.hourlyRate();
            if (rate == null || !rate.currency().getCurrencyCode().equals(currency)
                    || !rate.isWithinMajor(MIN_RATE_MAJOR, MAX_RATE_MAJOR)) {
                problems.add(new InvalidInputException.Problem("hourlyRate", "offer.rate.range", MIN_RATE_MAJOR,
                        MAX_RATE_MAJOR));
            }
            Integer cap = draft.weeklyCapHours();
            if (cap == null || cap < 1 || cap > 80) {
                problems.add(new InvalidInputException.Problem("weeklyCapHours", "offer.cap.range", 1, 80));
            }
            if (!draft.milestones().isEmpty()) {
                problems.add(new InvalidInputException.Problem("milestones", "offer.milestones.hourly"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The client takes back an offer the freelancer has not answered yet. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Offer withdrawOffer(OfferId id) {
        var offer = offers.findById(id.value()).filter(o -> o.clientId().equals(me()))
                .orElseThrow(() -> new UserFacingException("offer.not-found"));
        offer.moveTo(OfferState.WITHDRAWN, clock.instant(), null);
        return view(offer, null);
    }

    /** The freelancer says no, optionally with a reason the client reads. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Offer declineOffer(OfferId id, @Nullable String reason) {
        var offer = mineToAnswer(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1_000) {
            throw InvalidInputException.of("reason", "offer.reason.too-long", 1_000);
        }
        offer.moveTo(OfferState.DECLINED, clock.instant(), why);
        return view(offer, null);
    }

    /**
     * The freelancer accepts: the contract starts on the offer's terms, with its milestones
     * unfunded; the proposal becomes "hired" and the job closes as filled.
     */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Contract acceptOffer(OfferId id) {
        var offer = mineToAnswer(id);
        Instant now = clock.instant();
        // A job that was filled or cancelled meanwhile takes no more hires.
        var job = jobs.publishedJobs(List.of(offer.jobId())).get(offer.jobId());
        if (job == null || job.state() != JobState.OPEN) {
            throw new UserFacingException("offer.job.closed");
        }
        offer.moveTo(OfferState.ACCEPTED, now, null);
        String title = job.title();
        var contract = contracts.saveAndFlush(new ContractEntity(offer, title, now));
        var list = offer.milestones();
        for (int i = 0; i < list.size(); i++) {
            milestones.save(new MilestoneEntity(contract.id(), i, list.get(i)));
        }
        Long proposal = offer.proposalId();
        if (proposal != null) {
            proposals.markHired(new org.gigforge.proposal.ProposalId(proposal));
        }
        record(contract.id(), me(), "contract.started", title);
        events.publishEvent(new HireMade(offer.jobId(), offer.freelancerId()));
        events.publishEvent(new ContractStarted(contract.id(), contract.clientId(), contract.freelancerId()));
        return view(contract);
    }

    private OfferEntity mineToAnswer(OfferId id) {
        return offers.findById(id.value()).filter(o -> o.freelancerId().equals(me()))
                .orElseThrow(() -> new UserFacingException("offer.not-found"));
    }

    /** Offers the signed-in freelancer received, newest first. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public List<Offer> myOffers() {
        return views(offers.findByFreelancerIdOrderBySentAtDesc(me().value()));
    }

    /** Offers the client sent for one of their jobs. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public List<Offer> offersFor(org.gigforge.job.JobId job) {
        if (jobs.myJob(job).isEmpty()) {
            throw new UserFacingException("offer.job.not-open");
        }
        return views(offers.findByJobIdOrderBySentAtDesc(job.value()));
    }

    // ---- Contracts ----------------------------------------------------------------------------

    /** The signed-in member's contracts, as client or freelancer, newest first. */
    public List<Contract> myContracts() {
        return contracts.findByParty(me().value()).stream().map(this::view).toList();
    }

    /** One contract, for its two parties and admins; anyone else is told it does not exist. */
    public Contract contract(ContractId id) {
        return view(readable(id));
    }

    /** Every contract, for admins: filter by title words and state, sorted by any column the page names. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<Contract> findContracts(@Nullable String text, @Nullable ContractState state,
            org.springframework.data.domain.Pageable page) {
        return contracts.findAll(matching(text, state), Paging.capped(page, 100)).map(this::view).getContent();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countContracts(@Nullable String text, @Nullable ContractState state) {
        return contracts.count(matching(text, state));
    }

    private static org.springframework.data.jpa.domain.Specification<ContractEntity> matching(@Nullable String text,
            @Nullable ContractState state) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (text != null && !text.isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("title")), LikePattern.containing(text), LikePattern.ESCAPE));
            }
            if (state != null) {
                predicates.add(cb.equal(root.get("state"), state));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** The client funds a milestone: its money goes into protection before work starts. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract fundMilestone(MilestoneId id) {
        return payMilestone(id).contract();
    }

    /**
     * The client funds a milestone. With a provider that confirms at once (the demo provider) it is funded now;
     * with one that takes the payment on its own page (Stripe Checkout) the milestone waits as
     * {@link MilestoneState#PAYMENT_PENDING} and the answer says where to send the client; the provider's
     * confirmation then funds it ({@code internal.MilestonePayments}). Paying again while pending returns the same page.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public MilestonePayment payMilestone(MilestoneId id) {
        var step = step(id, Side.CLIENT);
        var milestone = step.milestone();
        if (milestone.state() != MilestoneState.UNFUNDED && milestone.state() != MilestoneState.PAYMENT_PENDING) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        var contract = step.contract();
        String page = "/contracts/" + contract.id();
        // Charged or started through the provider in this transaction, and posted to the ledger only once the
        // provider confirmed: if anything fails, the milestone stays as it was; the key makes a double click or a
        // retry charge once.
        var funding = payments.fund(IdempotencyKey.of("fund:milestone-" + id), new EscrowRef(escrowOf(contract.id()),
                contract.clientId(), contract.freelancerId()), milestone.amount(contract.terms().currency()),
                milestone.title(), new ReturnPages(page + "?payment=done", page + "?payment=cancelled"));
        return switch (funding) {
            case Funding.Funded funded -> {
                milestone.moveTo(MilestoneState.FUNDED, clock.instant());
                record(contract.id(), me(), "milestone.funded", milestone.title());
                events.publishEvent(new MilestoneFunded(contract.id(), id, contract.freelancerId()));
                yield new MilestonePayment(view(contract), null);
            }
            case Funding.AwaitingPayment waiting -> {
                if (milestone.state() == MilestoneState.UNFUNDED) {
                    milestone.moveTo(MilestoneState.PAYMENT_PENDING, clock.instant());
                    record(contract.id(), me(), "milestone.payment-pending", milestone.title());
                }
                yield new MilestonePayment(view(contract), waiting.payAt());
            }
        };
    }

    /** The freelancer hands in the work of a funded milestone, with a message. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Contract submitMilestone(MilestoneId id, String message) {
        return submitMilestone(id, message, List.of());
    }

    /**
     * The freelancer hands in the work of a funded milestone, with a message and up to
     * {@value #MAX_SUBMISSION_FILES} files they uploaded (as {@link org.gigforge.file.FileKind#WORK}: documents or
     * pictures, private, kept as uploaded). The files then belong to this submission: only the two parties and
     * admins may read them.
     */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Contract submitMilestone(MilestoneId id, String message, List<FileId> attachments) {
        String text = note(message);
        var unique = List.copyOf(new java.util.LinkedHashSet<>(attachments));
        if (unique.size() > MAX_SUBMISSION_FILES) {
            throw InvalidInputException.of("files", "submission.files.count", MAX_SUBMISSION_FILES);
        }
        var step = step(id, Side.FREELANCER);
        step.milestone().checkNotFrozen();
        Instant now = clock.instant();
        step.milestone().moveTo(MilestoneState.SUBMITTED, now);
        step.milestone().submission(text);
        var submission = submissions.save(new SubmissionEntity(step.contract().id(), id, text, now));
        var owner = FileOwner.of(SUBMISSION_FILES, submission.id());
        for (FileId file : unique) {
            var upload = files.find(file).orElseThrow(() -> new UserFacingException("file.not-found"));
            // Public pictures (profile photos, portfolio) live at open addresses: never the client's deliverables.
            if (upload.kind() != FileKind.DOCUMENT) {
                throw InvalidInputException.of("files", "submission.files.kind");
            }
            files.attach(file, owner);
        }
        record(step.contract().id(), me(), "milestone.submitted", step.milestone().title()
                + (unique.isEmpty() ? "" : " (" + unique.size() + (unique.size() == 1 ? " file)" : " files)")));
        events.publishEvent(new MilestoneSubmitted(step.contract().id(), id, step.contract().clientId()));
        return view(step.contract());
    }

    /** The client approves submitted work: the milestone's money is released to the freelancer. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract approveMilestone(MilestoneId id) {
        var step = step(id, Side.CLIENT);
        release(step, me(), "milestone.approved");
        return view(step.contract());
    }

    /** The client asks for changes: the milestone goes back to work, its money stays protected. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract requestChanges(MilestoneId id, String message) {
        String text = note(message);
        var step = step(id, Side.CLIENT);
        if (step.milestone().state() != MilestoneState.SUBMITTED) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        step.milestone().checkNotFrozen();
        step.milestone().moveTo(MilestoneState.FUNDED, clock.instant());
        record(step.contract().id(), me(), "milestone.changes-requested", step.milestone().title() + ": " + text);
        return view(step.contract());
    }

    /**
     * The client asks for a funded milestone's money back (the work is no longer needed, say).
     * Nothing moves yet: funded money goes back only by agreement, which the freelancer gives by
     * refunding, or through a dispute.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract requestRefund(MilestoneId id) {
        var step = step(id, Side.CLIENT);
        if (step.milestone().state() != MilestoneState.FUNDED && step.milestone().state() != MilestoneState.SUBMITTED) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        if (step.milestone().refundRequestedAt() == null) {
            step.milestone().refundRequested(clock.instant());
            record(step.contract().id(), me(), "milestone.refund-requested", step.milestone().title());
        }
        return view(step.contract());
    }

    /**
     * The freelancer gives a funded milestone's money back to the client, agreeing to a request or
     * on their own: the ledger returns the price and the client fee on it.
     */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Contract refundMilestone(MilestoneId id) {
        var step = step(id, Side.FREELANCER);
        step.milestone().checkNotFrozen();
        step.milestone().moveTo(MilestoneState.REFUNDED, clock.instant());
        var contract = step.contract();
        payments.refund(IdempotencyKey.of("refund:milestone-" + id), escrowOf(contract.id()),
                step.milestone().amount(contract.terms().currency()), step.milestone().title());
        record(contract.id(), me(), "milestone.refunded", step.milestone().title());
        return view(contract);
    }

    /** The client adds a milestone to an active fixed-price contract. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract addMilestone(ContractId id, MilestoneDraft draft) {
        validator.check(draft);
        var contract = contracts.findById(id.value()).filter(c -> c.clientId().equals(me()))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
        if (contract.state() != ContractState.ACTIVE || contract.terms().type() != JobType.FIXED) {
            throw new UserFacingException("contract.state.not-allowed");
        }
        Money amount = Objects.requireNonNull(draft.amount());
        if (!amount.currency().getCurrencyCode().equals(contract.terms().currency())
                || !amount.isWithinMajor(MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR)) {
            throw InvalidInputException.of("amount", "milestone.amount.range", MIN_MILESTONE_MAJOR, MAX_TOTAL_MAJOR);
        }
        int position = milestones.findByContractIdOrderByPosition(id.value()).size();
        milestones.save(new MilestoneEntity(id, position, draft));
        record(id, me(), "milestone.added", draft.title());
        return view(contract);
    }

    /** The client removes a milestone nobody has funded yet. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract removeMilestone(MilestoneId id) {
        var step = step(id, Side.CLIENT);
        step.milestone().moveTo(MilestoneState.REMOVED, clock.instant());
        record(step.contract().id(), me(), "milestone.removed", step.milestone().title());
        return view(step.contract());
    }

    /**
     * The client pauses a running contract (or resumes it): while paused, no milestone moves, so
     * nobody is asked to work or pay; money already in protection stays there.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public Contract pause(ContractId id, boolean paused) {
        var contract = contracts.findById(id.value()).filter(c -> c.clientId().equals(me()))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
        contract.moveTo(paused ? ContractState.PAUSED : ContractState.ACTIVE, clock.instant());
        record(id, me(), paused ? "contract.paused" : "contract.resumed", "");
        return view(contract);
    }

    /**
     * Ends a contract. Fixed price: completed when every milestone is settled; cancelled by either side while
     * no money is in protection (protected money is refunded by agreement or dispute first). Hourly: the time
     * not billed yet (the current week's) is billed at once; billed weeks finish their review after the end.
     */
    @Transactional
    public Contract endContract(ContractId id, ContractState outcome) {
        if (!outcome.ended()) {
            throw new UserFacingException("contract.state.not-allowed");
        }
        var contract = contracts.findById(id.value()).filter(c -> c.isParty(me()))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
        if (!contract.state().canMoveTo(outcome)) {
            throw new UserFacingException("contract.state.not-allowed");
        }
        if (contract.terms().type() == JobType.HOURLY) {
            // The time logged so far is billed at once, so ending never loses the freelancer's last days; weeks in
            // review keep their review window and are released (or disputed) after the end as before.
            hourly.billAllOpenTime(id, clock.instant(), me());
        } else {
            boolean moneyInProtection = milestones.findByContractIdOrderByPosition(id.value()).stream()
                    .anyMatch(m -> m.state() == MilestoneState.FUNDED || m.state() == MilestoneState.SUBMITTED);
            if (moneyInProtection) {
                throw new UserFacingException("contract.end.funded");
            }
        }
        contract.moveTo(outcome, clock.instant());
        record(id, me(), outcome == ContractState.COMPLETED ? "contract.completed" : "contract.cancelled", "");
        events.publishEvent(new ContractEnded(id, outcome, contract.clientId(), contract.freelancerId()));
        return view(contract);
    }

    /**
     * Releases milestones submitted before {@code before} that the client left unanswered. Runs as
     * the platform (no signed-in member), from the scheduled job.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public int autoRelease(Instant before) {
        int released = 0;
        for (Long id : milestones.findSubmittedBefore(MilestoneState.SUBMITTED, before)) {
            var milestone = milestones.findForUpdate(id).orElseThrow();
            // A dispute opened since the query froze it: it waits for the decision.
            if (milestone.state() != MilestoneState.SUBMITTED || milestone.disputedAt() != null) {
                continue;
            }
            var contract = contracts.findById(milestone.contractId().value()).orElseThrow();
            release(new Step(contract, milestone), null, "milestone.auto-released");
            released++;
        }
        return released;
    }

    private void release(Step step, @Nullable UserId actor, String kind) {
        if (step.milestone().state() != MilestoneState.SUBMITTED) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        // Frozen money waits for the admin's decision (decision 25).
        step.milestone().checkNotFrozen();
        step.milestone().moveTo(MilestoneState.RELEASED, clock.instant());
        var contract = step.contract();
        payments.release(IdempotencyKey.of("release:milestone-" + step.milestone().id()), escrowOf(contract.id()),
                step.milestone().amount(contract.terms().currency()), step.milestone().title());
        record(step.contract().id(), actor, kind, step.milestone().title());
        events.publishEvent(new MilestoneReleased(step.contract().id(), step.milestone().id(),
                step.contract().freelancerId(), actor == null));
    }

    /** The few words that go with handing in work or asking for changes: required, and not a novel. */
    private static String note(String message) {
        String text = message.strip();
        if (text.isEmpty() || text.length() > 5_000) {
            throw InvalidInputException.of("message", "milestone.message.length", 5_000);
        }
        return text;
    }

    private enum Side { CLIENT, FREELANCER }

    private record Step(ContractEntity contract, MilestoneEntity milestone) {}

    /** A milestone of a running contract that the signed-in member may act on as the given side; locked. */
    private Step step(MilestoneId id, Side side) {
        var milestone = milestones.findForUpdate(id.value()).orElseThrow(() -> new UserFacingException("milestone.not-found"));
        var contract = contracts.findById(milestone.contractId().value())
                .filter(c -> (side == Side.CLIENT ? c.clientId() : c.freelancerId()).equals(me()))
                .orElseThrow(() -> new UserFacingException("milestone.not-found"));
        if (contract.state() != ContractState.ACTIVE) {
            throw new UserFacingException("contract.state.not-allowed");
        }
        return new Step(contract, milestone);
    }

    /** The contract's escrow in the ledger. */
    static String escrowOf(ContractId id) {
        return ContractEntity.escrowOf(id);
    }

    /** The contract's money movements, for its parties and admins. */
    public List<LedgerLine> payments(ContractId id) {
        readable(id);
        return payments.contractPayments(escrowOf(id));
    }

    /**
     * Every hand-in of milestone work on the contract with its message and files, newest first: for its parties
     * and admins (the files' own read policy says the same).
     */
    public List<Submission> submissions(ContractId id) {
        readable(id);
        Map<MilestoneId, String> titles = milestones.findByContractIdOrderByPosition(id.value()).stream()
                .collect(Collectors.toMap(MilestoneEntity::id, MilestoneEntity::title));
        return submissions.findByContractIdOrderBySubmittedAtDescIdDesc(id.value()).stream()
                .map(s -> new Submission(s.id(), s.milestoneId(), titles.getOrDefault(s.milestoneId(), ""), s.message(),
                        s.submittedAt(), files.filesOf(FileOwner.of(SUBMISSION_FILES, s.id()))))
                .toList();
    }

    /** Whether money moves through the demo provider (no real money), for the label views show. */
    @PreAuthorize("permitAll()")
    public boolean demoPayments() {
        return payments.demoMode();
    }

    private ContractEntity readable(ContractId id) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("contract.not-found"));
        return contracts.findById(id.value())
                .filter(c -> c.isParty(viewer.userId()) || viewer.hasRole(Role.ADMIN))
                .orElseThrow(() -> new UserFacingException("contract.not-found"));
    }

    private void record(ContractId contract, @Nullable UserId actor, String kind, String detail) {
        history.save(new ContractEventEntity(contract, clock.instant(), actor, kind, detail));
    }

    private static UserId me() {
        return AccountPrincipal.currentUserId();
    }

    private Contract view(ContractEntity c) {
        var names = accounts.publicNames(Set.of(c.clientId(), c.freelancerId()));
        var steps = milestones.findByContractIdOrderByPosition(c.id().value()).stream()
                .filter(m -> m.state() != MilestoneState.REMOVED)
                .map(m -> new Milestone(m.id(), m.title(), m.amount(c.terms().currency()), m.dueDate(), m.state(),
                        m.submissionMessage(), m.fundedAt(), m.submittedAt(), fees.breakdown(m.amount(c.terms().currency())),
                        m.state() == MilestoneState.REFUNDED ? null : m.refundRequestedAt(),
                        m.state() == MilestoneState.FUNDED || m.state() == MilestoneState.SUBMITTED ? m.disputedAt() : null))
                .toList();
        var events = history.findByContractIdOrderByAtAscIdAsc(c.id().value()).stream().map(ContractEventEntity::event).toList();
        return new Contract(c.id(), c.jobId(), c.title(), c.clientId(), names.getOrDefault(c.clientId(), ""),
                c.freelancerId(), names.getOrDefault(c.freelancerId(), ""), c.terms().type(), c.terms().currency(), c.terms().hourlyRate(),
                c.terms().weeklyCapHours(), c.state(), c.startedAt(), c.endedAt(), steps, events);
    }

    private List<Offer> views(List<OfferEntity> list) {
        var titles = jobs.publishedJobs(list.stream().map(OfferEntity::jobId).collect(Collectors.toSet()));
        return list.stream().map(o -> view(o, titles.containsKey(o.jobId()) ? titles.get(o.jobId()).title() : "")).toList();
    }

    private Offer view(OfferEntity o, @Nullable String jobTitle) {
        String title = jobTitle != null ? jobTitle : jobs.publishedJobs(List.of(o.jobId())).values().stream()
                .map(JobSummary::title).findFirst().orElse("");
        Map<UserId, String> names = accounts.publicNames(Set.of(o.clientId(), o.freelancerId()));
        Money total = o.terms().type() == JobType.FIXED
                ? o.milestones().stream().map(m -> Objects.requireNonNull(m.amount()))
                        .reduce(Money.of(0, o.terms().currency()), Money::plus)
                : Objects.requireNonNull(o.terms().hourlyRate());
        var contract = o.state() == OfferState.ACCEPTED
                ? contracts.findByOfferId(o.id().value()).map(ContractEntity::id).orElse(null)
                : null;
        return new Offer(o.id(), o.jobId(), title, o.clientId(), names.getOrDefault(o.clientId(), ""), o.freelancerId(),
                names.getOrDefault(o.freelancerId(), ""), o.terms().type(), o.milestones(), o.terms().hourlyRate(), o.terms().weeklyCapHours(),
                o.message(), o.state(), o.sentAt(), o.declineReason(), fees.breakdown(total), contract);
    }

}
