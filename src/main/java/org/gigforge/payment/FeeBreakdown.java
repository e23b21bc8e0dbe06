package org.gigforge.payment;

import org.gigforge.platform.Money;

/**
 * Every amount of a price, shown before anyone commits: what the client pays (the price plus the
 * client fee), what the platform keeps (both fees), and what the freelancer receives.
 */
public record FeeBreakdown(Money price, Money clientFee, Money clientPays, Money freelancerFee, Money freelancerReceives) {

    public Money platformKeeps() {
        return clientFee.plus(freelancerFee);
    }
}
