package org.gigforge.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.job.JobId;
import org.gigforge.job.ProposalCounts;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeeBreakdown;
import org.gigforge.payment.FeePolicy;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.internal.Proposal;
import org.gigforge.proposal.internal.ProposalRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals module's API. Applying is free; spam is held back by one proposal per job and a
 * daily cap per freelancer, never by money.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
@Transactional(readOnly = true)
public class ProposalService implements ProposalCounts {

    /** The owner type of proposal attachments in the files module. */
    static final String ATTACHMENT = "proposal-attachment";
    static final long MAX_BID_MAJOR = 1_000_000;
    /** How many of a freelancer's latest letters a new one is compared with. */
    static final int RECENT_LETTERS = 30;
    public static final int MAX_PAGE_SIZE = 100;

    private final ProposalRepository proposals;
    private final JobService jobs;
    private final AccountService accounts;
    private final FeePolicy fees;
    private final FileService files;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dailyCap;

    ProposalService(ProposalRepository proposals, JobService jobs, AccountService accounts, FeePolicy fees, FileService files,
            InputValidator validator, ApplicationEventPublisher events, Clock clock, GigforgeProperties properties) {
        this.proposals = proposals;
        this.jobs = jobs;
        this.accounts = accounts;
        this.fees = fees;
        this.files = files;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.dailyCap = properties.proposals().dailyCap();
    }

    /** The full breakdown of a bid, shown live while the freelancer types it. */
    public FeeBreakdown feesFor(Money bid) {
        return fees.breakdown(bid);
    }

    /**
     * Sends a proposal for an open job. For a fixed-price job the bid may be split into milestones whose
     * amounts add up to it exactly; hourly jobs take none. Attachments must be the freelancer's own uploads.
     */
    @Transactional
    public MyProposal submit(JobId jobId, ProposalDraft draft) {
        validator.check(draft);
        JobSummary job = jobs.openJob(jobId).orElseThrow(() -> new UserFacingException("proposal.job.not-open"));
        UserId me = AccountPrincipal.currentUserId();
        if (job.clientId().equals(me)) {
            throw new UserFacingException("proposal.own-job");
        }
        Money bid = Objects.requireNonNull(draft.bid());
        String jobCurrency = (job.budget() != null ? job.budget() : Objects.requireNonNull(job.rateMin()))
                .currency().getCurrencyCode();
        if (!bid.currency().getCurrencyCode().equals(jobCurrency)) {
            throw InvalidInputException.of("bid", "proposal.bid.currency", jobCurrency);
        }
        if (!bid.isWithinMajor(1, MAX_BID_MAJOR)) {
            throw InvalidInputException.of("bid", "proposal.bid.range", 1, MAX_BID_MAJOR);
        }
        if (proposals.existsByJobIdAndFreelancerId(jobId.value(), me.value())) {
            throw new UserFacingException("proposal.duplicate");
        }
        Instant now = clock.instant();
        if (proposals.countByFreelancerIdAndSubmittedAtAfter(me.value(), now.minus(Duration.ofDays(1))) >= dailyCap) {
            throw new UserFacingException("proposal.daily-cap", dailyCap);
        }
        if (draft.answers().size() != job.questions().size()) {
            throw InvalidInputException.of("answers", "proposal.answers.count", job.questions().size());
        }
        checkMilestones(job.type(), bid, draft.milestones());
        for (FileId id : draft.attachments()) {
            var file = files.find(id).orElseThrow(() -> InvalidInputException.of("attachments", "file.not-found"));
            if (file.kind() != FileKind.ATTACHMENT && file.kind() != FileKind.DOCUMENT) {
                throw InvalidInputException.of("attachments", "proposal.attachments.kind");
            }
        }
        var proposal = new Proposal(jobId, job.revision(), me, draft.coverLetter(), bid, draft.answers(), draft.milestones(),
                now);
        if (proposals.recentLetters(me.value(), PageRequest.of(0, RECENT_LETTERS)).stream()
                .anyMatch(earlier -> CoverLetterSimilarity.of(earlier, draft.coverLetter())
                        >= CoverLetterSimilarity.GENERIC_THRESHOLD)) {
            proposal.markGeneric();
        }
        try {
            proposals.saveAndFlush(proposal);
        } catch (DataIntegrityViolationException doubleClick) {
            throw new UserFacingException("proposal.duplicate");
        }
        var owner = FileOwner.of(ATTACHMENT, proposal.id());
        draft.attachments().forEach(id -> files.attach(id, owner));
        events.publishEvent(new ProposalSubmitted(proposal.id(), jobId, me, job.clientId()));
        return toMine(proposal, job);
    }

    /**
     * The milestones must split the bid exactly, in its currency, none of them due in the past. When they
     * do not add up, the message says by how much, so the freelancer can fix one amount.
     */
    private void checkMilestones(JobType type, Money bid, List<ProposedMilestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        if (type == JobType.HOURLY) {
            throw InvalidInputException.of("milestones", "proposal.milestones.hourly");
        }
        String currency = bid.currency().getCurrencyCode();
        Money sum = Money.of(0, currency);
        for (ProposedMilestone milestone : milestones) {
            Money amount = Objects.requireNonNull(milestone.amount());
            if (!amount.currency().equals(bid.currency())) {
                throw InvalidInputException.of("milestones", "proposal.milestones.currency", currency);
            }
            if (!amount.isPositive()) {
                throw InvalidInputException.of("milestones", "proposal.milestones.amount", milestone.title());
            }
            if (milestone.dueDate() != null && milestone.dueDate().isBefore(LocalDate.now(clock))) {
                throw InvalidInputException.of("milestones", "milestone.due.past", milestone.title());
            }
            sum = sum.plus(amount);
        }
        if (!sum.equals(bid)) {
            throw InvalidInputException.of("milestones", "proposal.milestones.sum", sum.toDecimal(),
                    sum.minus(bid).toDecimal().abs(), sum.compareTo(bid) > 0 ? 1 : 0, bid.toDecimal(), currency);
        }
    }

    /**
     * A proposal's attachments, for the freelancer who sent it, the client of its job and admins;
     * anyone else gets none. Withdrawing or declining keeps them.
     */
    @PreAuthorize("isAuthenticated()")
    public List<StoredFile> attachments(ProposalId id) {
        return files.filesOf(FileOwner.of(ATTACHMENT, id));
    }

    /** Takes back one of the freelancer's own proposals while the client has not decided on it. */
    @Transactional
    public MyProposal withdraw(ProposalId id) {
        var proposal = proposals.findById(id.value())
                .filter(p -> p.freelancerId().equals(AccountPrincipal.currentUserId()))
                .orElseThrow(() -> new UserFacingException("proposal.not-found"));
        proposal.moveTo(ProposalState.WITHDRAWN);
        var job = jobs.publishedJobs(List.of(proposal.jobId())).get(proposal.jobId());
        if (job != null) {
            events.publishEvent(new ProposalWithdrawn(proposal.id(), proposal.jobId(), proposal.freelancerId(),
                    job.clientId()));
        }
        return toMine(proposal, job);
    }

    /** The signed-in freelancer's proposals, newest first. */
    public List<MyProposal> myProposals(Pageable page) {
        var mine = proposals.findByFreelancer(AccountPrincipal.currentUserId().value(), Paging.capped(page, MAX_PAGE_SIZE));
        var published = jobs.publishedJobs(mine.stream().map(Proposal::jobId).collect(Collectors.toSet()));
        return mine.stream().map(p -> toMine(p, published.get(p.jobId()))).toList();
    }

    /**
     * The proposals a client received for one of their jobs, newest first. Opening them marks new
     * ones as viewed, so freelancers know they were read.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public List<ReceivedProposal> receivedProposals(JobId jobId, Pageable page) {
        return receivedProposals(jobId, null, page);
    }

    /**
     * The proposals for one of the client's jobs, optionally in one state, in the page's order
     * ({@code submittedAt} or {@code bidMinor}; newest first when none is given).
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public List<ReceivedProposal> receivedProposals(JobId jobId, @Nullable ProposalState state, Pageable page) {
        requireMyJob(jobId);
        Pageable ordered = Paging.capped(page, MAX_PAGE_SIZE);
        Sort order = ordered.getSort().isSorted()
                ? Sort.by(ordered.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList())
                        .and(Sort.by(Sort.Direction.DESC, "id"))
                : Sort.by(Sort.Direction.DESC, "submittedAt", "id");
        var received = proposals.findActiveByJob(jobId.value(), state,
                PageRequest.of(ordered.getPageNumber(), ordered.getPageSize(), order));
        received.stream().filter(p -> p.state() == ProposalState.SUBMITTED).forEach(p -> p.moveTo(ProposalState.VIEWED));
        Map<UserId, String> names = accounts.publicNames(
                received.stream().map(Proposal::freelancerId).collect(Collectors.toSet()));
        return received.stream().map(p -> toReceived(p, names)).toList();
    }

    /**
     * Every proposal, for admins watching for spam: optionally one state, or only those flagged
     * "generic"; newest first unless the page sorts by {@code submittedAt} or {@code bidMinor}.
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<AdminProposal> findProposals(@Nullable ProposalState state, boolean onlyGeneric, Pageable page) {
        Pageable ordered = Paging.capped(page, MAX_PAGE_SIZE);
        Sort order = ordered.getSort().isSorted()
                ? Sort.by(ordered.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList())
                        .and(Sort.by(Sort.Direction.DESC, "id"))
                : Sort.by(Sort.Direction.DESC, "submittedAt", "id");
        var found = proposals.findForAdmin(state, onlyGeneric, PageRequest.of(ordered.getPageNumber(), ordered.getPageSize(), order));
        var names = accounts.publicNames(found.stream().map(Proposal::freelancerId).collect(Collectors.toSet()));
        var titles = jobs.publishedJobs(found.stream().map(Proposal::jobId).collect(Collectors.toSet()));
        return found.stream().map(p -> new AdminProposal(p.id(), p.jobId(),
                titles.containsKey(p.jobId()) ? titles.get(p.jobId()).title() : "", names.getOrDefault(p.freelancerId(), ""),
                p.bid(), p.state(), p.generic(), p.submittedAt(), p.milestones())).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countProposals(@Nullable ProposalState state, boolean onlyGeneric) {
        return proposals.countForAdmin(state, onlyGeneric);
    }

    /** What the proposals list may be sorted by. */
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("submittedAt", "bidMinor");

    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public long countReceivedProposals(JobId jobId) {
        return countReceivedProposals(jobId, null);
    }

    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public long countReceivedProposals(JobId jobId, @Nullable ProposalState state) {
        requireMyJob(jobId);
        return proposals.countActiveByJob(jobId.value(), state);
    }

    /** The client keeps a proposal for the final choice. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public void shortlist(ProposalId id) {
        receivedByMe(id).moveTo(ProposalState.SHORTLISTED);
    }

    /** The client turns a proposal down; the freelancer sees it as declined. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public void decline(ProposalId id) {
        decline(id, null);
    }

    /** The client turns a proposal down, optionally saying why; the freelancer reads the reason. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public void decline(ProposalId id, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1_000) {
            throw InvalidInputException.of("reason", "proposal.decline.too-long", 1_000);
        }
        var proposal = receivedByMe(id);
        proposal.moveTo(ProposalState.DECLINED);
        proposal.declineReason(why);
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Map<JobId, Long> activeProposals(Collection<JobId> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        var mine = jobs.whichAreMine(jobIds).stream().map(JobId::value).toList();
        return mine.isEmpty() ? Map.of() : proposals.countActiveByJobs(mine).stream()
                .collect(Collectors.toMap(row -> new JobId((Long) row[0]), row -> (Long) row[1]));
    }

    /** One proposal for the client of its job, e.g. to make an offer from it. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public ReceivedProposal receivedProposal(ProposalId id) {
        var proposal = receivedByMe(id);
        return toReceived(proposal, accounts.publicNames(List.of(proposal.freelancerId())));
    }

    /**
     * The proposals these freelancers sent for one of the client's jobs, by freelancer (withdrawn ones too), e.g.
     * to show which invited freelancers applied. Reading them does not mark them viewed.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Map<UserId, ReceivedProposal> proposalsBy(JobId jobId, Collection<UserId> freelancers) {
        requireMyJob(jobId);
        if (freelancers.isEmpty()) {
            return Map.of();
        }
        var found = proposals.findByJobIdAndFreelancerIdIn(jobId.value(),
                freelancers.stream().map(UserId::value).collect(Collectors.toSet()));
        var names = accounts.publicNames(found.stream().map(Proposal::freelancerId).collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(Proposal::freelancerId, p -> toReceived(p, names)));
    }

    /** The job a proposal was sent for, for the job's client. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public JobId jobOf(ProposalId id) {
        return receivedByMe(id).jobId();
    }

    /**
     * The freelancer accepted an offer made from their proposal: it becomes "hired". Only the
     * proposal's own freelancer gets here (the contracts module calls this while they accept).
     */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public void markHired(ProposalId id) {
        var proposal = proposals.findById(id.value())
                .filter(p -> p.freelancerId().equals(AccountPrincipal.currentUserId()))
                .orElseThrow(() -> new UserFacingException("proposal.not-found"));
        proposal.moveTo(ProposalState.HIRED);
    }

    private void requireMyJob(JobId jobId) {
        if (jobs.myJob(jobId).isEmpty()) {
            throw new UserFacingException("proposal.job.not-yours");
        }
    }

    private Proposal receivedByMe(ProposalId id) {
        var proposal = proposals.findById(id.value()).orElseThrow(() -> new UserFacingException("proposal.not-found"));
        if (jobs.myJob(proposal.jobId()).isEmpty()) {
            throw new UserFacingException("proposal.not-found");
        }
        return proposal;
    }

    /** Whether the signed-in freelancer sent a proposal for this job (in any state), e.g. before messaging its client. */
    public boolean haveApplied(JobId jobId) {
        return proposals.existsByJobIdAndFreelancerId(jobId.value(), AccountPrincipal.currentUserId().value());
    }

    public long countMyProposals() {
        return proposals.countByFreelancerId(AccountPrincipal.currentUserId().value());
    }

    private ReceivedProposal toReceived(Proposal p, Map<UserId, String> names) {
        return new ReceivedProposal(p.id(), p.freelancerId(), names.getOrDefault(p.freelancerId(), ""), p.coverLetter(),
                p.generic(), fees.breakdown(p.bid()), p.state(), p.submittedAt(), p.answers(), p.jobRevision(), p.milestones());
    }

    private MyProposal toMine(Proposal proposal, @Nullable JobSummary job) {
        return new MyProposal(proposal.id(), proposal.jobId(), job == null ? "" : job.title(),
                job == null ? JobType.FIXED : job.type(), job != null && job.state() == JobState.OPEN,
                fees.breakdown(proposal.bid()), proposal.state(), proposal.submittedAt(), proposal.declineReason(),
                proposal.milestones());
    }
}
