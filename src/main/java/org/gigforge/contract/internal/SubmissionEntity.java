package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.MilestoneId;
import org.jspecify.annotations.Nullable;

/** One hand-in of a milestone's work; its files belong to it in the files module (owner type "milestone-submission"). */
@Entity
@Table(name = "contract_submission")
public class SubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "milestone_id", nullable = false)
    private long milestoneId;

    @Column(nullable = false)
    private String message = "";

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    protected SubmissionEntity() {}

    public SubmissionEntity(ContractId contract, MilestoneId milestone, String message, Instant submittedAt) {
        this.contractId = contract.value();
        this.milestoneId = milestone.value();
        this.message = message;
        this.submittedAt = submittedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Submission not saved yet");
        }
        return id;
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public MilestoneId milestoneId() {
        return new MilestoneId(milestoneId);
    }

    public String message() {
        return message;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
