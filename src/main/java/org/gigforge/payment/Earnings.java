package org.gigforge.payment;

import java.util.List;
import org.gigforge.platform.Money;

/**
 * A freelancer's money, one amount per currency: {@code available} is released to their balance;
 * {@code pending} waits in the escrow of their contracts (before the freelancer fee).
 */
public record Earnings(List<Money> available, List<Money> pending) {

    public Earnings {
        available = List.copyOf(available);
        pending = List.copyOf(pending);
    }
}
