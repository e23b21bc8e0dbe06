package org.gigforge.job;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.UserId;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.LikePattern;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.taxonomy.Taxonomy;
import org.springframework.context.ApplicationEventPublisher;
import org.gigforge.job.internal.Job;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.job.internal.JobInvitation;
import org.gigforge.job.internal.JobInvitationRepository;
import org.gigforge.job.internal.JobRepository;
import org.gigforge.job.internal.JobRevisionEntry;
import org.gigforge.job.internal.JobRevisionRepository;
import org.gigforge.taxonomy.Place;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The jobs module's API: clients post jobs; everyone sees open jobs; a client sees their own. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class JobService {

    /** The owner type of job attachments in the files module. */
    static final String ATTACHMENT = "job-attachment";

    /** The most a single page may hold, whatever a caller asks for. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Above this a budget is a typo, not a job (in major units of the currency). */
    static final long MAX_BUDGET_MAJOR = 1_000_000;
    static final long MIN_BUDGET_MAJOR = 5;
    static final long MIN_RATE_MAJOR = 3;
    static final long MAX_RATE_MAJOR = 1_000;

    private final JobRepository jobs;
    private final JobRevisionRepository revisions;
    private final JobInvitationRepository invitations;
    private final ProposalCounts proposalCounts;
    private final JsonMapper json;
    private final FileService files;
    private final AccountService accounts;
    private final Taxonomy taxonomy;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final PaymentService payments;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    JobService(JobRepository jobs, JobRevisionRepository revisions, JobInvitationRepository invitations,
            @Lazy ProposalCounts proposalCounts, JsonMapper json, FileService files, AccountService accounts, Taxonomy taxonomy,
            InputValidator validator, PaymentService payments, SubscriptionService subscriptions,
            ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
        this.payments = payments;
        this.revisions = revisions;
        this.invitations = invitations;
        this.proposalCounts = proposalCounts;
        this.json = json;
        this.files = files;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a client's new job, as a draft or published at once. Every problem with the input is
     * reported per field; nothing is saved unless all is well.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public JobSummary post(JobDraft draft, boolean publish) {
        Optional<Place> onSite = check(draft);
        Instant now = clock.instant();
        UserId client = AccountPrincipal.currentUserId();
        Job job = new Job(client, draft, onSite.orElse(null), now);
        if (publish) {
            roomForOpenJob(client);
            job.publish(now);
        }
        jobs.saveAndFlush(job);
        attach(job, List.of(), draft.attachments());
        var summary = job.summary(accounts.currentAccount().name());
        if (publish) {
            events.publishEvent(new JobPublished(summary.id(), client));
        }
        return summary;
    }

    /**
     * The owner changes their draft or open job. An open job keeps what it said before as a
     * revision, and proposals remember the revision they answered; closed jobs stay as they were.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public JobSummary edit(JobId id, JobDraft draft) {
        Job job = mine(id);
        Optional<Place> onSite = check(draft);
        List<FileId> attachedBefore = job.attachments();
        JobDraft before = job.edit(draft, onSite.orElse(null));
        attach(job, attachedBefore, draft.attachments());
        if (before != null) {
            revisions.save(new JobRevisionEntry(id.value(), job.revision() - 1, json.writeValueAsString(before),
                    clock.instant()));
        }
        return summaries(List.of(job)).getFirst();
    }

    /** Attaches new uploads of the client to the job and deletes the ones taken off it. */
    private void attach(Job job, List<FileId> before, List<FileId> after) {
        var owner = FileOwner.of(ATTACHMENT, job.idValue());
        for (FileId id : after) {
            if (!before.contains(id)) {
                var file = files.find(id).orElseThrow(() -> new UserFacingException("file.not-found"));
                if (file.kind() != FileKind.DOCUMENT) {
                    throw InvalidInputException.of("attachments", "job.attachments.kind");
                }
                files.attach(id, owner);
            }
        }
        before.stream().filter(id -> !after.contains(id)).forEach(files::delete);
    }

    /** The job's attachments, for whoever may see the job and is signed in (files are never for anonymous visitors). */
    @PreAuthorize("isAuthenticated()")
    public List<StoredFile> attachments(JobId id) {
        return files.filesOf(FileOwner.of(ATTACHMENT, id.value()));
    }

    /** Earlier versions of a job, newest first: for its client and for admins. */
    @PreAuthorize("isAuthenticated()")
    public List<JobRevision> revisions(JobId id) {
        Job job = jobs.findById(id.value())
                .filter(j -> isOwnerOrAdmin(j))
                .orElseThrow(() -> new UserFacingException("job.not-found"));
        return revisions.findByJobIdOrderByRevisionDesc(job.idValue()).stream()
                .map(r -> new JobRevision(r.revision(), r.replacedAt(), json.readValue(r.content(), JobDraft.class)))
                .toList();
    }

    /** Checks a draft against every rule; returns the on-site place when the job has one. */
    private Optional<Place> check(JobDraft draft) {
        validator.check(draft);
        var problems = new ArrayList<InvalidInputException.Problem>();
        if (taxonomy.category(draft.categoryCode()).isEmpty()) {
            problems.add(new InvalidInputException.Problem("categoryCode", "job.category.required"));
        }
        var unknown = draft.skills().stream().filter(slug -> taxonomy.skill(slug).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            problems.add(new InvalidInputException.Problem("skills", "job.skills.unknown", String.join(", ", unknown)));
        }
        if (draft.skills().stream().distinct().count() != draft.skills().size()) {
            problems.add(new InvalidInputException.Problem("skills", "job.skills.duplicate"));
        }
        checkTerms(draft, problems);
        Optional<Place> onSite = checkLocation(draft.location(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return onSite;
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Optional<Place> checkLocation(JobLocation location, List<InvalidInputException.Problem> problems) {
        switch (location.kind()) {
            case ANYWHERE -> {
                return Optional.empty();
            }
            case COUNTRIES -> {
                var codes = location.countryCodes();
                if (codes.isEmpty() || codes.size() > JobLocation.MAX_COUNTRIES) {
                    problems.add(new InvalidInputException.Problem("location", "job.location.countries.count",
                            JobLocation.MAX_COUNTRIES));
                } else if (!COUNTRIES.containsAll(codes)) {
                    problems.add(new InvalidInputException.Problem("location", "job.location.countries.unknown"));
                }
                return Optional.empty();
            }
            case ON_SITE -> {
                String city = location.city();
                String country = location.countryCode();
                var place = city == null || country == null ? Optional.<Place>empty() : taxonomy.place(city, country);
                if (place.isEmpty()) {
                    problems.add(new InvalidInputException.Problem("location", "job.location.place"));
                }
                if (location.radiusKm() < 1 || location.radiusKm() > JobLocation.MAX_RADIUS_KM) {
                    problems.add(new InvalidInputException.Problem("radiusKm", "job.location.radius", 1,
                            JobLocation.MAX_RADIUS_KM));
                }
                return place;
            }
        }
        return Optional.empty();
    }

    private static void checkTerms(JobDraft draft, List<InvalidInputException.Problem> problems) {
        if (draft.type() == JobType.FIXED) {
            Money budget = draft.budget();
            if (budget == null) {
                problems.add(new InvalidInputException.Problem("budget", "job.budget.required"));
            } else if (outside(budget, MIN_BUDGET_MAJOR, MAX_BUDGET_MAJOR)) {
                problems.add(new InvalidInputException.Problem("budget", "job.budget.range", MIN_BUDGET_MAJOR,
                        MAX_BUDGET_MAJOR));
            }
        } else if (draft.type() == JobType.HOURLY) {
            Money low = draft.rateMin();
            Money high = draft.rateMax();
            if (low == null || high == null) {
                problems.add(new InvalidInputException.Problem(low == null ? "rateMin" : "rateMax", "job.rate.required"));
            } else if (outside(low, MIN_RATE_MAJOR, MAX_RATE_MAJOR) || outside(high, MIN_RATE_MAJOR, MAX_RATE_MAJOR)) {
                problems.add(new InvalidInputException.Problem(outside(low, MIN_RATE_MAJOR, MAX_RATE_MAJOR)
                        ? "rateMin" : "rateMax", "job.rate.range", MIN_RATE_MAJOR, MAX_RATE_MAJOR));
            } else if (!low.currency().equals(high.currency())) {
                problems.add(new InvalidInputException.Problem("rateMax", "job.rate.currency"));
            } else if (low.compareTo(high) > 0) {
                problems.add(new InvalidInputException.Problem("rateMax", "job.rate.inverted"));
            }
        }
    }

    private static boolean outside(Money amount, long minMajor, long maxMajor) {
        return !amount.isWithinMajor(minMajor, maxMajor);
    }

    /** Open jobs, newest first, optionally in one category. Public: visitors see them too. */
    @PreAuthorize("permitAll()")
    public List<JobSummary> openJobs(@Nullable String categoryCode, Pageable page) {
        return summaries(jobs.findByState(JobState.OPEN, categoryCode, capped(page)));
    }

    /**
     * One open job, if it exists, is open and the asker may see it: anyone for public jobs; for
     * invite-only jobs its client, admins and the freelancers it was offered to.
     */
    @PreAuthorize("permitAll()")
    public Optional<JobSummary> openJob(JobId id) {
        return jobs.findById(id.value())
                .filter(job -> job.state() == JobState.OPEN)
                .filter(this::visibleToAsker)
                .map(job -> summaries(List.of(job)).getFirst());
    }

    private boolean visibleToAsker(Job job) {
        if (job.visibility() == JobVisibility.PUBLIC) {
            return true;
        }
        return AccountPrincipal.current()
                .map(me -> isOwnerOrAdmin(job)
                        || invitations.existsByJobIdAndFreelancerId(job.idValue(), me.userId().value()))
                .orElse(false);
    }

    private static boolean isOwnerOrAdmin(Job job) {
        return AccountPrincipal.current()
                .map(me -> me.userId().equals(job.clientId()) || me.hasRole(Role.ADMIN))
                .orElse(false);
    }

    /**
     * The client asks a freelancer to apply to one of their open jobs; for an invite-only job this
     * is what lets the freelancer see it. Asking twice is refused, so nobody gets pestered.
     */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public void invite(JobId id, UserId freelancer, String message) {
        Job job = mine(id);
        if (job.state() != JobState.OPEN) {
            throw new UserFacingException("job.invite.not-open");
        }
        if (!accounts.hasRole(freelancer, Role.FREELANCER)) {
            throw new UserFacingException("job.invite.not-freelancer");
        }
        String text = message.strip();
        if (text.length() > 2_000) {
            throw InvalidInputException.of("message", "job.invite.too-long", 2_000);
        }
        if (invitations.existsByJobIdAndFreelancerId(id.value(), freelancer.value())) {
            throw new UserFacingException("job.invite.already");
        }
        invitations.save(new JobInvitation(id, freelancer, text, clock.instant()));
        events.publishEvent(new FreelancerInvited(id, freelancer));
    }

    /** Whom the client invited to one of their jobs, newest first. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public List<InvitedFreelancer> invitationsOf(JobId id) {
        mine(id);
        var invited = invitations.findByJobIdOrderByInvitedAtDesc(id.value());
        Map<UserId, String> names = accounts.publicNames(
                invited.stream().map(JobInvitation::freelancerId).collect(Collectors.toSet()));
        return invited.stream().map(i -> new InvitedFreelancer(i.freelancerId(), names.getOrDefault(i.freelancerId(), ""),
                i.message(), i.invitedAt())).toList();
    }

    /** Whether the signed-in client invited this freelancer to their job; false for anyone else's job. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public boolean isInvited(JobId id, UserId freelancer) {
        return jobs.findById(id.value()).filter(job -> job.clientId().equals(AccountPrincipal.currentUserId())).isPresent()
                && invitations.existsByJobIdAndFreelancerId(id.value(), freelancer.value());
    }

    /** Whether the signed-in freelancer was invited to this job (open or not), e.g. before messaging its client. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public boolean amInvited(JobId id) {
        return invitations.existsByJobIdAndFreelancerId(id.value(), currentUser());
    }

    /** The invitations the signed-in freelancer received, newest first, for jobs that are still open. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public List<Invitation> myInvitations(Pageable page) {
        var mine = invitations.findByFreelancerIdOrderByInvitedAtDesc(currentUser(), capped(page));
        var open = jobs.findAllById(mine.stream().map(i -> i.jobId().value()).toList()).stream()
                .filter(job -> job.state() == JobState.OPEN)
                .collect(Collectors.toMap(Job::idValue, job -> job));
        var summaries = summaries(List.copyOf(open.values())).stream()
                .collect(Collectors.toMap(JobSummary::id, j -> j));
        return mine.stream()
                .filter(i -> summaries.containsKey(i.jobId()))
                .map(i -> new Invitation(summaries.get(i.jobId()), i.message(), i.invitedAt()))
                .toList();
    }

    /** A client's public track record: published and open jobs, hires, what they paid freelancers, member since. */
    @PreAuthorize("permitAll()")
    public ClientHistory clientHistory(UserId client) {
        return new ClientHistory(jobs.countPublishedByClient(client.value()), jobs.countOpenByClient(client.value()),
                jobs.countHiresByClient(client.value()), payments.spentBy(client), accounts.memberSince(client));
    }

    /** Publishes one of the signed-in client's drafts. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public JobSummary publish(JobId id) {
        Job job = mine(id);
        if (job.state() == JobState.DRAFT) {
            roomForOpenJob(job.clientId());
        }
        job.publish(clock.instant());
        var summary = summaries(List.of(job)).getFirst();
        events.publishEvent(new JobPublished(id, job.clientId()));
        return summary;
    }

    /** A client's plan sets how many open jobs they may have (decision 29); one more is refused, naming the limit. */
    private void roomForOpenJob(UserId client) {
        subscriptions.checkRoomForOpenJob(client, jobs.countOpenByClient(client.value()));
    }

    /** The client closes their job: the work is filled, or no longer needed. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public JobSummary close(JobId id, CloseReason reason) {
        if (reason == CloseReason.TAKEN_DOWN) {
            throw new UserFacingException("job.close.reason-not-allowed");
        }
        Job job = mine(id);
        job.close(reason, null, clock.instant());
        return summaries(List.of(job)).getFirst();
    }

    /**
     * A hire counts towards the client's record and fills the job, so it stops taking proposals; in the same
     * transaction as the accepted offer.
     */
    @EventListener
    @Transactional
    void on(HireMade hire) {
        jobs.findById(hire.job().value()).ifPresent(job -> {
            job.hired();
            if (job.state() == JobState.OPEN) {
                job.close(CloseReason.FILLED, null, clock.instant());
            }
        });
    }

    /** An admin removes a job from the marketplace; the written reason is kept and shown to its client. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public JobSummary takeDown(JobId id, String reason) {
        String note = reason.strip();
        if (note.length() < 10 || note.length() > 1_000) {
            throw InvalidInputException.of("reason", "job.take-down.reason", 10, 1_000);
        }
        Job job = jobs.findById(id.value()).orElseThrow(() -> new UserFacingException("job.not-found"));
        job.close(CloseReason.TAKEN_DOWN, note, clock.instant());
        return summaries(List.of(job)).getFirst();
    }

    /** Every job, for admins: filter by title text, state and category; sort by any column. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<JobSummary> findJobs(JobFilter filter, Pageable page) {
        return summaries(jobs.findAll(matching(filter), capped(page)).getContent());
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countJobs(JobFilter filter) {
        return jobs.count(matching(filter));
    }

    private static Specification<Job> matching(JobFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("title")), LikePattern.containing(text), LikePattern.ESCAPE));
            }
            if (filter.state() != null) {
                predicates.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.categoryCode() != null) {
                predicates.add(cb.equal(root.get("categoryCode"), filter.categoryCode()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private Job mine(JobId id) {
        return jobs.findById(id.value())
                .filter(job -> job.clientId().equals(AccountPrincipal.currentUserId()))
                .orElseThrow(() -> new UserFacingException("job.not-found"));
    }

    /** One of the signed-in client's own jobs, in any state; empty for anyone else's job. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Optional<JobSummary> myJob(JobId id) {
        return jobs.findById(id.value())
                .filter(job -> job.clientId().equals(AccountPrincipal.currentUserId()))
                .map(job -> summaries(List.of(job)).getFirst());
    }

    /** Which of these jobs belong to the signed-in client (one query for a whole page). */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Set<JobId> whichAreMine(Collection<JobId> ids) {
        UserId me = AccountPrincipal.currentUserId();
        return jobs.findAllById(ids.stream().map(JobId::value).toList()).stream()
                .filter(job -> job.clientId().equals(me))
                .map(job -> new JobId(job.idValue()))
                .collect(Collectors.toSet());
    }

    /** How many jobs a client has published: part of the client's public history on job pages. */
    @PreAuthorize("permitAll()")
    public long countPublishedJobs(UserId client) {
        return jobs.countPublishedByClient(client.value());
    }

    /**
     * Open jobs like this one: same category, ranked by skills in common, then newest. Public, like
     * the job itself.
     */
    @PreAuthorize("permitAll()")
    public List<JobSummary> similarOpenJobs(JobSummary job, int limit) {
        var candidates = jobs.findByState(JobState.OPEN, job.categoryCode(), PageRequest.of(0, MAX_PAGE_SIZE)).stream()
                .filter(candidate -> candidate.idValue() != job.id().value())
                .toList();
        var ranked = candidates.stream()
                .sorted(Comparator.comparingLong((Job candidate) -> -candidate.skills().stream()
                        .filter(job.skills()::contains).count()))
                .limit(Math.clamp(limit, 0, 20))
                .toList();
        return summaries(ranked);
    }

    /** Titles and terms of published jobs (open or closed), for lists that refer to them. Drafts stay private. */
    @PreAuthorize("permitAll()")
    public Map<JobId, JobSummary> publishedJobs(Collection<JobId> ids) {
        var found = jobs.findAllById(ids.stream().map(JobId::value).toList()).stream()
                .filter(job -> job.state() != JobState.DRAFT)
                .toList();
        return summaries(found).stream().collect(Collectors.toMap(JobSummary::id, j -> j));
    }

    @PreAuthorize("permitAll()")
    public long countOpenJobs(@Nullable String categoryCode) {
        return jobs.countByState(JobState.OPEN, categoryCode);
    }

    /** The signed-in client's jobs in every state, newest first. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public List<JobSummary> myJobs(Pageable page) {
        return summaries(jobs.findByClient(currentUser(), capped(page)));
    }

    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public long countMyJobs() {
        return jobs.countByClientId(currentUser());
    }

    /** How many of the signed-in client's jobs are open, which their plan limits (decision 29). */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public long countMyOpenJobs() {
        return jobs.countOpenByClient(currentUser());
    }

    /** One look-up of client names for the whole page. */
    private List<JobSummary> summaries(List<Job> page) {
        Map<UserId, String> names = accounts.publicNames(page.stream().map(Job::clientId).collect(Collectors.toSet()));
        return page.stream().map(job -> job.summary(names.getOrDefault(job.clientId(), ""))).toList();
    }

    private static Pageable capped(Pageable page) {
        return Paging.capped(page, MAX_PAGE_SIZE);
    }

    private static long currentUser() {
        return AccountPrincipal.currentUserId().value();
    }
}
