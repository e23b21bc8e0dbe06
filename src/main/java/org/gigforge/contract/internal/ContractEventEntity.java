package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractEvent;
import org.gigforge.contract.ContractId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_event")
public class ContractEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(nullable = false)
    private String kind = "";

    @Column(nullable = false)
    private String detail = "";

    protected ContractEventEntity() {}

    public ContractEventEntity(ContractId contract, Instant at, @Nullable UserId actor, String kind, String detail) {
        this.contractId = contract.value();
        this.at = at;
        this.actorId = actor == null ? null : actor.value();
        this.kind = kind;
        this.detail = detail;
    }

    public ContractEvent event() {
        return new ContractEvent(at, actorId == null ? null : new UserId(actorId), kind, detail);
    }
}
