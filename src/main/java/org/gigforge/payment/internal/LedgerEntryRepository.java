package org.gigforge.payment.internal;

import java.util.List;
import org.gigforge.payment.LedgerAccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long>, JpaSpecificationExecutor<LedgerEntry> {

    @Query("select coalesce(sum(e.amountMinor), 0) from LedgerEntry e where e.account = :account")
    long balance(LedgerAccount account);

    /** Per currency, the sum over the member's own accounts of a kind: {@code [currency, minor units]}. */
    @Query("select e.currency, sum(e.amountMinor) from LedgerEntry e where e.account.kind = :kind"
            + " and e.account.userId = :userId group by e.currency order by e.currency")
    List<Object[]> userTotals(LedgerAccountKind kind, long userId);

    /** Per currency, what waits in the escrows of the freelancer's contracts: {@code [currency, minor units]}. */
    @Query("select e.currency, sum(e.amountMinor) from LedgerEntry e where e.account.freelancerId = :freelancerId"
            + " group by e.currency order by e.currency")
    List<Object[]> escrowTotalsOfFreelancer(long freelancerId);

    /**
     * Per currency, what a client has paid out to freelancers: the prices released from the escrows of their
     * contracts (fees and refunds excluded), as {@code [currency, minor units]}.
     */
    @Query("select e.currency, -sum(e.amountMinor) from LedgerEntry e where e.account.clientId = :clientId"
            + " and e.transaction.kind = org.gigforge.payment.PaymentKind.RELEASE group by e.currency order by e.currency")
    List<Object[]> releasedByClient(long clientId);

    boolean existsByAccountKindAndAccountUserId(LedgerAccountKind kind, Long userId);
}
