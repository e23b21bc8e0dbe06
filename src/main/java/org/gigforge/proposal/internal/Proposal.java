package org.gigforge.proposal.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.JobId;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalId;
import org.gigforge.proposal.ProposalState;
import org.gigforge.proposal.ProposedMilestone;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(name = "cover_letter", nullable = false)
    private String coverLetter = "";

    @Column(name = "bid_minor", nullable = false)
    private long bidMinor;

    @Column(nullable = false, length = 3)
    private String currency = "USD";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean generic;

    @Column(name = "decline_reason")
    private @Nullable String declineReason;

    @Column(name = "job_revision", nullable = false)
    private int jobRevision = 1;

    @ElementCollection
    @CollectionTable(name = "proposal_answer", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_milestone", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<ProposalMilestone> milestones = new ArrayList<>();

    protected Proposal() {}

    public Proposal(JobId job, int jobRevision, UserId freelancer, String coverLetter, Money bid, List<String> answers,
            List<ProposedMilestone> milestones, Instant submittedAt) {
        this.jobId = job.value();
        this.jobRevision = jobRevision;
        this.answers = new ArrayList<>(answers);
        this.milestones = new ArrayList<>(milestones.stream().map(ProposalMilestone::new).toList());
        this.freelancerId = freelancer.value();
        this.coverLetter = coverLetter;
        this.bidMinor = bid.minorUnits();
        this.currency = bid.currency().getCurrencyCode();
        this.submittedAt = submittedAt;
    }

    public void declineReason(@Nullable String reason) {
        this.declineReason = reason;
    }

    public @Nullable String declineReason() {
        return declineReason;
    }

    public List<String> answers() {
        return List.copyOf(answers);
    }

    /** The bid split into milestones, in the bid's currency; empty when it is one piece of work. */
    public List<ProposedMilestone> milestones() {
        return milestones.stream().map(m -> m.proposed(currency)).toList();
    }

    public int jobRevision() {
        return jobRevision;
    }

    public ProposalId id() {
        if (id == null) {
            throw new IllegalStateException("Proposal not saved yet");
        }
        return new ProposalId(id);
    }

    public JobId jobId() {
        return new JobId(jobId);
    }

    public UserId freelancerId() {
        return new UserId(freelancerId);
    }

    public Money bid() {
        return Money.of(bidMinor, currency);
    }

    /** Flags the letter as sent nearly unchanged to another job; the client sees it. */
    public void markGeneric() {
        this.generic = true;
    }

    public boolean generic() {
        return generic;
    }

    public String coverLetter() {
        return coverLetter;
    }

    public ProposalState state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** Moves to another state if the life cycle allows it. */
    public void moveTo(ProposalState target) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("proposal.state.not-allowed");
        }
        this.state = target;
    }
}
