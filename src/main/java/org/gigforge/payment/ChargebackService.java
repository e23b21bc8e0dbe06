package org.gigforge.payment;

import java.util.List;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.payment.internal.FrozenContracts;
import org.gigforge.payment.internal.Ledger;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card chargebacks for admins: which contracts they froze, and lifting a freeze once the bank's case is settled
 * (the bank deciding for the platform lifts it by itself). Admins only.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
@Transactional(readOnly = true)
public class ChargebackService {

    public static final int MIN_NOTE = 10;
    public static final int MAX_NOTE = 500;

    private final FrozenContracts frozen;
    private final Ledger ledger;

    ChargebackService(FrozenContracts frozen, Ledger ledger) {
        this.frozen = frozen;
        this.ledger = ledger;
    }

    /** Frozen ones first, then the most recent. */
    public List<Chargeback> chargebacks(int offset, int limit) {
        return frozen.all(Math.clamp(limit, 1, PaymentService.MAX_PAGE_SIZE), Math.max(offset, 0));
    }

    public long countChargebacks() {
        return frozen.count();
    }

    /**
     * Lifts the freeze: the contract's money moves again (releases, refunds, dispute decisions). The note says why,
     * for the record. Under the escrow's lock, as the freeze was taken.
     *
     * @throws UserFacingException when the contract is not frozen (any more)
     */
    @Transactional
    public Chargeback lift(String contractRef, String note) {
        String clean = note.strip();
        if (clean.length() < MIN_NOTE || clean.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "chargeback.note.length", MIN_NOTE, MAX_NOTE);
        }
        ledger.lockEscrow(contractRef);
        if (!frozen.lift(contractRef, AccountPrincipal.currentUserId(), clean)) {
            throw new UserFacingException("chargeback.not-frozen");
        }
        return frozen.find(contractRef).orElseThrow();
    }
}
