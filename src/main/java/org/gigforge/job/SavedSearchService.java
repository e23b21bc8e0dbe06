package org.gigforge.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.job.internal.SavedSearchEntity;
import org.gigforge.job.internal.SavedSearchQueries;
import org.gigforge.job.internal.SavedSearchRepository;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Slug;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A freelancer's saved job searches and the alerts they raise: when a job is published, every saved search it
 * matches gets an alert (see {@code SavedSearchMatching}) and a {@link SavedSearchMatched} event. Each freelancer
 * sees and changes only their own; anyone else is told the search does not exist.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
@Transactional(readOnly = true)
public class SavedSearchService {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_SAVED = 25;
    public static final int MAX_ALERTS_SHOWN = 100;

    private final SavedSearchRepository searches;
    private final SavedSearchQueries queries;
    private final JobSearchService search;
    private final Clock clock;

    SavedSearchService(SavedSearchRepository searches, SavedSearchQueries queries, JobSearchService search, Clock clock) {
        this.searches = searches;
        this.queries = queries;
        this.search = search;
        this.clock = clock;
    }

    /** Saves the job search under a name (paging is not kept); future matching jobs raise alerts. */
    @Transactional
    public SavedSearch save(String name, JobQuery query) {
        String cleanName = checkName(name);
        search.validate(query);
        UserId me = AccountPrincipal.currentUserId();
        if (searches.countByFreelancerId(me.value()) >= MAX_SAVED) {
            throw new UserFacingException("saved-search.too-many", MAX_SAVED);
        }
        var saved = searches.save(new SavedSearchEntity(me, cleanName, queries.write(query), clock.instant()));
        return view(saved, 0);
    }

    /** The signed-in freelancer's saved searches, newest first, each with its unread alerts. */
    public List<SavedSearch> mine() {
        long me = AccountPrincipal.currentUserId().value();
        Map<Long, Long> unread = new HashMap<>();
        for (Object[] row : searches.unreadPerSearch(me)) {
            unread.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return searches.findByFreelancerIdOrderByCreatedAtDescIdDesc(me).stream()
                .map(s -> view(s, unread.getOrDefault(s.id().value(), 0L)))
                .toList();
    }

    @Transactional
    public SavedSearch rename(SavedSearchId id, String name) {
        String cleanName = checkName(name);
        var saved = mineOrRefuse(id);
        saved.rename(cleanName);
        return view(saved, 0);
    }

    /** Deletes one of the freelancer's saved searches with its alerts. */
    @Transactional
    public void delete(SavedSearchId id) {
        searches.delete(mineOrRefuse(id));
    }

    /** The signed-in freelancer's alerts, newest first (at most {@link #MAX_ALERTS_SHOWN}). */
    public List<SavedSearchAlert> alerts() {
        return searches.alertsOf(AccountPrincipal.currentUserId().value(), PageRequest.of(0, MAX_ALERTS_SHOWN)).stream()
                .map(row -> {
                    var job = new JobId(((Number) row[3]).longValue());
                    String title = (String) row[4];
                    return new SavedSearchAlert(((Number) row[0]).longValue(), new SavedSearchId(((Number) row[1]).longValue()),
                            (String) row[2], job, title, Slug.path("jobs", job, title), instant(row[5]), nullableInstant(row[6]));
                })
                .toList();
    }

    public long unreadAlertCount() {
        return searches.unreadAlerts(AccountPrincipal.currentUserId().value());
    }

    /** Marks every alert of the signed-in freelancer as seen. */
    @Transactional
    public void markAlertsRead() {
        searches.markAlertsRead(AccountPrincipal.currentUserId().value(), clock.instant());
    }

    private SavedSearchEntity mineOrRefuse(SavedSearchId id) {
        UserId me = AccountPrincipal.currentUserId();
        return searches.findById(id.value())
                .filter(s -> s.freelancer().equals(me))
                .orElseThrow(() -> new UserFacingException("saved-search.not-found"));
    }

    private static String checkName(@Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("name", "saved-search.name.required");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of("name", "saved-search.name.too-long", MAX_NAME_LENGTH);
        }
        return clean;
    }

    private SavedSearch view(SavedSearchEntity s, long unread) {
        return new SavedSearch(s.id(), s.name(), queries.read(s.queryJson()), s.createdAt(), unread);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    private static @Nullable Instant nullableInstant(@Nullable Object value) {
        return value == null ? null : instant(value);
    }
}
