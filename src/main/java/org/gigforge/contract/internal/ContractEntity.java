package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractState;
import org.gigforge.job.JobId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract")
public class ContractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(nullable = false)
    private String title = "";

    @Embedded
    private ContractTerms terms = new ContractTerms();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractState state = ContractState.ACTIVE;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected ContractEntity() {}

    /** The contract an accepted offer creates, on the offer's terms. */
    public ContractEntity(OfferEntity offer, String title, Instant startedAt) {
        this.offerId = offer.id().value();
        this.jobId = offer.jobId().value();
        this.clientId = offer.clientId().value();
        this.freelancerId = offer.freelancerId().value();
        this.title = title;
        this.terms = offer.terms();
        this.startedAt = startedAt;
    }

    /** Every change of state goes through here, checked against {@link ContractState}. */
    public void moveTo(ContractState target, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("contract.state.not-allowed");
        }
        this.state = target;
        if (target.ended()) {
            this.endedAt = at;
        }
    }

    public ContractTerms terms() {
        return terms;
    }

    public ContractId id() {
        if (id == null) {
            throw new IllegalStateException("Contract not saved yet");
        }
        return new ContractId(id);
    }

    /** The contract's escrow account in the ledger, e.g. {@code contract-42}. */
    public static String escrowOf(ContractId id) {
        return id.escrowRef();
    }

    /** The escrow with the contract's two parties, for funding it. */
    public EscrowRef escrow() {
        return new EscrowRef(escrowOf(id()), clientId(), freelancerId());
    }

    public boolean isParty(UserId user) {
        return user.value() == clientId || user.value() == freelancerId;
    }

    public JobId jobId() {
        return new JobId(jobId);
    }

    public UserId clientId() {
        return new UserId(clientId);
    }

    public UserId freelancerId() {
        return new UserId(freelancerId);
    }

    public String title() {
        return title;
    }

    public ContractState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }
}
