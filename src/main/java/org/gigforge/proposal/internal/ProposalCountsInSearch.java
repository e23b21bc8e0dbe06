package org.gigforge.proposal.internal;

import org.gigforge.job.JobId;
import org.gigforge.job.JobSearchService;
import org.gigforge.proposal.ProposalSubmitted;
import org.gigforge.proposal.ProposalWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Job search counts a job's proposals; a proposal sent or withdrawn changes no job row, so the job module cannot
 * see it. After the commit, this asks the job module to refresh that job's search document.
 */
@Component
class ProposalCountsInSearch {

    private static final Logger log = LoggerFactory.getLogger(ProposalCountsInSearch.class);

    private final JobSearchService search;

    ProposalCountsInSearch(JobSearchService search) {
        this.search = search;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ProposalSubmitted submitted) {
        refresh(submitted.jobId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ProposalWithdrawn withdrawn) {
        refresh(withdrawn.jobId());
    }

    /** The proposal is saved either way; a stale count is repaired by the job's next change or a reindex. */
    private void refresh(JobId job) {
        try {
            search.refresh(job);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the search document of job {} after a proposal change", job, e);
        }
    }
}
