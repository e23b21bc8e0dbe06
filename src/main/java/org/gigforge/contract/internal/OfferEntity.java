package org.gigforge.contract.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.OfferId;
import org.gigforge.contract.OfferState;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_offer")
public class OfferEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "proposal_id")
    private @Nullable Long proposalId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Embedded
    private ContractTerms terms = new ContractTerms();

    @Column(nullable = false)
    private String message = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferState state = OfferState.SENT;

    @Column(name = "decline_reason")
    private @Nullable String declineReason;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "contract_offer_milestone", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    private List<MilestoneTerms> milestones = new ArrayList<>();

    protected OfferEntity() {}

    public OfferEntity(JobId job, @Nullable Long proposalId, UserId client, UserId freelancer, JobType type, String currency,
            List<MilestoneDraft> milestones, @Nullable Money hourlyRate, @Nullable Integer weeklyCapHours, String message,
            Instant sentAt) {
        this.jobId = job.value();
        this.proposalId = proposalId;
        this.clientId = client.value();
        this.freelancerId = freelancer.value();
        this.terms = new ContractTerms(type, currency, hourlyRate, weeklyCapHours);
        this.milestones = new ArrayList<>(milestones.stream().map(MilestoneTerms::new).toList());
        this.message = message;
        this.sentAt = sentAt;
    }

    public void moveTo(OfferState target, Instant at, @Nullable String reason) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("offer.state.not-allowed");
        }
        this.state = target;
        this.decidedAt = at;
        this.declineReason = reason;
    }

    public ContractTerms terms() {
        return terms;
    }

    public OfferId id() {
        if (id == null) {
            throw new IllegalStateException("Offer not saved yet");
        }
        return new OfferId(id);
    }

    public JobId jobId() {
        return new JobId(jobId);
    }

    public @Nullable Long proposalId() {
        return proposalId;
    }

    public UserId clientId() {
        return new UserId(clientId);
    }

    public UserId freelancerId() {
        return new UserId(freelancerId);
    }

    public List<MilestoneDraft> milestones() {
        return milestones.stream().map(m -> m.draft(terms.currency())).toList();
    }

    public String message() {
        return message;
    }

    public OfferState state() {
        return state;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public @Nullable String declineReason() {
        return declineReason;
    }
}
