package org.gigforge.payment.internal;

import java.util.List;
import java.util.Optional;
import org.gigforge.payment.PaymentKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LedgerTransactionRepository extends JpaRepository<LedgerTransaction, Long> {

    Optional<LedgerTransaction> findByIdempotencyKey(String idempotencyKey);

    @Query("select coalesce(sum(t.feeMinor), 0) from LedgerTransaction t where t.contractRef = :contractRef and t.kind = :kind")
    long sumFees(String contractRef, PaymentKind kind);

    @Query("select t.providerRef from LedgerTransaction t where t.contractRef = :contractRef"
            + " and t.kind = org.gigforge.payment.PaymentKind.FUND and t.providerRef is not null order by t.id")
    List<String> chargeReferences(String contractRef);
}
