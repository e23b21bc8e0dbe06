package org.gigforge.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.UserFacingException;
import org.gigforge.profile.ReputationChanged;
import org.gigforge.review.internal.ReviewEntity;
import org.gigforge.review.internal.ReviewLocks;
import org.gigforge.review.internal.ReviewRepository;
import org.gigforge.review.internal.ReviewStats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double-blind reviews. Once a contract has ended, each party may review the other once within the
 * review window ({@code gigforge.reviews.window}, 14 days after the end by default). A review stays
 * sealed, visible only to its author (and admins), until the other party's review is in, when both
 * are published together, or until the window closes, when the scheduled job publishes it alone. So
 * nobody can answer a review they have read with a revenge rating.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewService {

    private static final int MAX_PAGE_SIZE = 50;

    private final ReviewRepository reviews;
    private final ReviewLocks locks;
    private final ContractService contracts;
    private final AccountService accounts;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration window;

    ReviewService(ReviewRepository reviews, ReviewLocks locks, ContractService contracts, AccountService accounts, InputValidator validator,
            ApplicationEventPublisher events, Clock clock, GigforgeProperties properties) {
        this.events = events;
        this.reviews = reviews;
        this.locks = locks;
        this.contracts = contracts;
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
        this.window = properties.reviews().window();
    }

    /** A party of an ended contract reviews the other party, once, within the window. */
    @PreAuthorize("hasAnyRole('" + Role.Names.CLIENT + "', '" + Role.Names.FREELANCER + "')")
    @Transactional
    public Review submit(ContractId id, ReviewDraft draft) {
        UserId me = AccountPrincipal.currentUserId();
        // Reading the contract as the signed-in member: anyone but its parties and admins is told it does not exist.
        Contract contract = contracts.contract(id);
        if (!isParty(contract, me)) {
            throw new UserFacingException("review.not-party");
        }
        Instant now = clock.instant();
        Instant closes = windowClosesAt(contract);
        if (closes == null) {
            throw new UserFacingException("review.contract-running");
        }
        if (!now.isBefore(closes)) {
            throw new UserFacingException("review.window-closed");
        }
        validator.check(draft);
        locks.lockContract(id);
        if (reviews.existsByContractIdAndAuthorId(id.value(), me.value())) {
            throw new UserFacingException("review.already-submitted");
        }
        UserId subject = me.equals(contract.client()) ? contract.freelancer() : contract.client();
        var review = new ReviewEntity(id, me, subject, draft, now, closes);
        try {
            reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException twice) {
            throw new UserFacingException("review.already-submitted");
        }
        // The second review unseals both; the contract lock above guarantees the second one sees the first.
        var both = reviews.findByContractIdOrderBySubmittedAtAscIdAsc(id.value());
        if (both.size() == 2) {
            both.forEach(r -> publish(r, now));
            events.publishEvent(new ReputationChanged(Set.of(contract.client(), contract.freelancer())));
        }
        return view(review, me, false);
    }

    /** The reviews of a contract its parties may see: their own always, the other's once published. Admins see all. */
    public ContractReviews forContract(ContractId id) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("account.not-signed-in"));
        Contract contract = contracts.contract(id);
        UserId me = viewer.userId();
        boolean admin = viewer.hasRole(Role.ADMIN);
        var all = reviews.findByContractIdOrderBySubmittedAtAscIdAsc(id.value());
        List<Review> visible = all.stream()
                .filter(r -> admin || r.authorId().equals(me) || r.publishedAt() != null)
                .map(r -> view(r, me, admin))
                .toList();
        Instant closes = windowClosesAt(contract);
        boolean canSubmit = isParty(contract, me) && closes != null && clock.instant().isBefore(closes)
                && all.stream().noneMatch(r -> r.authorId().equals(me));
        return new ContractReviews(id, visible, canSubmit, closes);
    }

    /** Published reviews about a member, newest first, for anyone: with the author's public name, never private feedback. */
    @PreAuthorize("permitAll()")
    public List<PublishedReview> publishedAbout(UserId member, Pageable page) {
        Pageable capped = PageRequest.of(page.getPageNumber(), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE_SIZE));
        Page<ReviewEntity> found = reviews.findBySubjectIdAndPublishedAtIsNotNullOrderByPublishedAtDescIdDesc(
                member.value(), capped);
        Map<UserId, String> names = accounts.publicNames(found.stream().map(ReviewEntity::authorId).distinct().toList());
        return found.stream().map(r -> new PublishedReview(r.id(), names.getOrDefault(r.authorId(), ""), r.overall(),
                r.communication(), r.quality(), r.timeliness(), r.publicText(), java.util.Objects.requireNonNull(r.publishedAt())))
                .toList();
    }

    /**
     * A member's reputation, explainable by design: the number of their published reviews and the
     * plain (unweighted) averages of those reviews' overall and per-aspect ratings. Nothing else goes
     * in: not sealed reviews, not private feedback, not earnings or activity, so anyone can recompute
     * it from the reviews shown on the profile.
     */
    @PreAuthorize("permitAll()")
    public ReputationSummary reputation(UserId member) {
        ReviewStats s = reviews.statsOf(member.value());
        return new ReputationSummary(s.count(), s.overall(), s.communication(), s.quality(), s.timeliness());
    }

    /** Publishes the reviews whose window has closed by {@code now}; run by the scheduled job as the platform. */
    @PreAuthorize("permitAll()")
    @Transactional
    public int publishWindowClosed(Instant now) {
        var due = reviews.findByPublishedAtIsNullAndWindowClosesAtLessThanEqual(now);
        due.forEach(r -> publish(r, now));
        if (!due.isEmpty()) {
            events.publishEvent(new ReputationChanged(due.stream().map(ReviewEntity::subjectId)
                    .collect(Collectors.toSet())));
        }
        return due.size();
    }

    private void publish(ReviewEntity review, Instant now) {
        review.publish(now);
        events.publishEvent(new ReviewPublished(review.id(), review.contractId(), review.authorId(), review.subjectId()));
    }

    private @Nullable Instant windowClosesAt(Contract contract) {
        Instant ended = contract.endedAt();
        return contract.state().ended() && ended != null ? ended.plus(window) : null;
    }

    private static boolean isParty(Contract contract, UserId me) {
        return me.equals(contract.client()) || me.equals(contract.freelancer());
    }

    private Review view(ReviewEntity r, UserId viewer, boolean admin) {
        String authorName = accounts.publicNames(Set.of(r.authorId())).getOrDefault(r.authorId(), "");
        // Private feedback is for the platform: its author may re-read it, the other party never.
        @Nullable String feedback = admin || r.authorId().equals(viewer) ? r.privateFeedback() : null;
        return new Review(r.id(), r.contractId(), r.authorId(), authorName, r.subjectId(), r.overall(),
                r.communication(), r.quality(), r.timeliness(), r.publicText(), feedback, r.submittedAt(),
                r.publishedAt());
    }
}
