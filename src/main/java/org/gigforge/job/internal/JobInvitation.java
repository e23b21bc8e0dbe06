package org.gigforge.job.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.job.JobId;
import org.jspecify.annotations.Nullable;

/** A client asked a freelancer to apply; for an invite-only job it is also the freelancer's key to see it. */
@Entity
@Table(name = "job_invitation")
public class JobInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(nullable = false)
    private String message = "";

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt = Instant.EPOCH;

    protected JobInvitation() {}

    public JobInvitation(JobId job, UserId freelancer, String message, Instant invitedAt) {
        this.jobId = job.value();
        this.freelancerId = freelancer.value();
        this.message = message;
        this.invitedAt = invitedAt;
    }

    public JobId jobId() {
        return new JobId(jobId);
    }

    public UserId freelancerId() {
        return new UserId(freelancerId);
    }

    public String message() {
        return message;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
