package org.gigforge.job;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.UserId;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.job.internal.Job;
import org.gigforge.job.internal.JobRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The jobs module's API: open jobs for everyone, a client's own jobs for that client. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class JobService {

    /** The most a single page may hold, whatever a caller asks for. */
    public static final int MAX_PAGE_SIZE = 100;

    private final JobRepository jobs;
    private final AccountService accounts;

    JobService(JobRepository jobs, AccountService accounts) {
        this.jobs = jobs;
        this.accounts = accounts;
    }

    /** Open jobs, newest first, optionally in one category. Public: visitors see them too. */
    @PreAuthorize("permitAll()")
    public List<JobSummary> openJobs(@Nullable String categoryCode, Pageable page) {
        return summaries(jobs.findByState(JobState.OPEN, categoryCode, capped(page)));
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

    /** One look-up of client names for the whole page. */
    private List<JobSummary> summaries(List<Job> page) {
        Map<UserId, String> names = accounts.publicNames(page.stream().map(Job::clientId).collect(Collectors.toSet()));
        return page.stream().map(job -> job.summary(names.getOrDefault(job.clientId(), ""))).toList();
    }

    /** Sorting is fixed by the queries; only the page number and a bounded size are taken from callers. */
    private static Pageable capped(Pageable page) {
        return page.isUnpaged()
                ? PageRequest.of(0, MAX_PAGE_SIZE)
                : PageRequest.of(page.getPageNumber(), Math.min(page.getPageSize(), MAX_PAGE_SIZE));
    }

    private static long currentUser() {
        return AccountPrincipal.currentUserId().value();
    }
}
