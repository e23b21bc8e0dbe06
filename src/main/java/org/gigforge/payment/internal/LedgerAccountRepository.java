package org.gigforge.payment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.gigforge.payment.LedgerAccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LedgerAccountRepository extends JpaRepository<LedgerAccount, Long> {

    @Query("select a from LedgerAccount a where a.kind = :kind and a.ownerRef = :ownerRef and a.currency = :currency")
    Optional<LedgerAccount> find(LedgerAccountKind kind, String ownerRef, String currency);

    @Query("select a from LedgerAccount a where a.kind = org.gigforge.payment.LedgerAccountKind.CONTRACT_ESCROW"
            + " and a.ownerRef = :contractRef")
    Optional<LedgerAccount> findEscrow(String contractRef);

    /** The escrow, its row locked until the transaction ends: concurrent releases and refunds queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LedgerAccount a where a.kind = org.gigforge.payment.LedgerAccountKind.CONTRACT_ESCROW"
            + " and a.ownerRef = :contractRef")
    Optional<LedgerAccount> lockEscrow(String contractRef);
}
