package org.gigforge.job;

import org.gigforge.account.UserId;
import org.gigforge.file.NumberedOwnerReadPolicy;
import org.gigforge.job.internal.JobInvitationRepository;
import org.gigforge.job.internal.JobRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job attachments are for signed-in members who may see the job: its client, and for published
 * jobs anyone when the job is public or invited freelancers when it is invite-only. Never anonymous
 * visitors. Reads the repositories directly, because the file service asks this while serving.
 */
@Component
class AttachmentPolicy extends NumberedOwnerReadPolicy {

    private final JobRepository jobs;
    private final JobInvitationRepository invitations;

    AttachmentPolicy(JobRepository jobs, JobInvitationRepository invitations) {
        this.jobs = jobs;
        this.invitations = invitations;
    }

    @Override
    public String ownerType() {
        return JobService.ATTACHMENT;
    }

    @Override
    @Transactional(readOnly = true)
    protected boolean mayRead(long jobId, UserId viewer) {
        return jobs.findById(jobId).map(job -> viewer.equals(job.clientId())
                || (job.state() != JobState.DRAFT && (job.visibility() == JobVisibility.PUBLIC
                        || invitations.existsByJobIdAndFreelancerId(jobId, viewer.value()))))
                .orElse(false);
    }
}
