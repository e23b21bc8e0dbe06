package org.gigforge.job;

import java.util.Collection;
import java.util.Map;

/**
 * How many proposals each job has. Declared here, implemented by the proposals module (which depends
 * on jobs), so job lists can show counts without a cycle between the modules.
 */
public interface ProposalCounts {

    /** Counts of proposals per job that were sent and not withdrawn; jobs without any are absent. */
    Map<JobId, Long> activeProposals(Collection<JobId> jobs);
}
