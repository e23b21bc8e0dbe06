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
 * unit, so the parts always add up exactly.
 */
@Component
public class FeePolicy {

    private final long clientBasisPoints;
    private final long freelancerBasisPoints;

    @Autowired
    public FeePolicy(GigforgeProperties properties) {
        this(properties.fees().clientBasisPoints(), properties.fees().freelancerBasisPoints());
    }

    FeePolicy(long clientBasisPoints, long freelancerBasisPoints) {
        if (clientBasisPoints < 0 || freelancerBasisPoints < 0 || clientBasisPoints > 5_000 || freelancerBasisPoints > 5_000) {
            throw new IllegalArgumentException("Fees must be between 0 and 50 %");
        }
        this.clientBasisPoints = clientBasisPoints;
        this.freelancerBasisPoints = freelancerBasisPoints;
    }

    public FeeBreakdown breakdown(Money price) {
        Money clientFee = share(price, clientBasisPoints);
        Money freelancerFee = share(price, freelancerBasisPoints);
        return new FeeBreakdown(price, clientFee, price.plus(clientFee), freelancerFee, price.minus(freelancerFee));
    }

    private static Money share(Money price, long basisPoints) {
        long minor = BigDecimal.valueOf(price.minorUnits())
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(minor, price.currency());
    }
}
