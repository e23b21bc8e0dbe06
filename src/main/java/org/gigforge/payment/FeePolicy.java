package org.gigforge.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The service fees, configurable in basis points (1 % = 100): by default 5 % paid by the client on
 * top of the price and 10 % kept from the freelancer's side. Fees are rounded half up to the minor
 * unit, so the parts always add up exactly. An optional minimum per side (in minor units, default none)
 * keeps tiny payments from costing the platform more than they bring; the freelancer fee never exceeds
 * the price, so a freelancer never receives less than nothing.
 */
@Component
public class FeePolicy {

    private final long clientBasisPoints;
    private final long freelancerBasisPoints;
    private final long clientMinimumMinor;
    private final long freelancerMinimumMinor;

    @Autowired
    public FeePolicy(GigforgeProperties properties) {
        this(properties.fees().clientBasisPoints(), properties.fees().freelancerBasisPoints(),
                properties.fees().clientMinimumMinor(), properties.fees().freelancerMinimumMinor());
    }

    FeePolicy(long clientBasisPoints, long freelancerBasisPoints) {
        this(clientBasisPoints, freelancerBasisPoints, 0, 0);
    }

    FeePolicy(long clientBasisPoints, long freelancerBasisPoints, long clientMinimumMinor, long freelancerMinimumMinor) {
        if (clientBasisPoints < 0 || freelancerBasisPoints < 0 || clientBasisPoints > 5_000 || freelancerBasisPoints > 5_000) {
            throw new IllegalArgumentException("Fees must be between 0 and 50 %");
        }
        if (clientMinimumMinor < 0 || freelancerMinimumMinor < 0) {
            throw new IllegalArgumentException("Minimum fees cannot be negative");
        }
        this.clientBasisPoints = clientBasisPoints;
        this.freelancerBasisPoints = freelancerBasisPoints;
        this.clientMinimumMinor = clientMinimumMinor;
        this.freelancerMinimumMinor = freelancerMinimumMinor;
    }

    public FeeBreakdown breakdown(Money price) {
        Money clientFee = fee(price, clientBasisPoints, clientMinimumMinor);
        Money freelancerFee = fee(price, freelancerBasisPoints, freelancerMinimumMinor);
        if (freelancerFee.compareTo(price) > 0) {
            freelancerFee = price;
        }
        return new FeeBreakdown(price, clientFee, price.plus(clientFee), freelancerFee, price.minus(freelancerFee));
    }

    /** The share of a price, but at least the minimum; nothing on a price of nothing. */
    private static Money fee(Money price, long basisPoints, long minimumMinor) {
        if (!price.isPositive()) {
            return new Money(0, price.currency());
        }
        long minor = BigDecimal.valueOf(price.minorUnits())
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(Math.max(minor, minimumMinor), price.currency());
    }
}
