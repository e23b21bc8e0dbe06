package org.gigforge.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gigforge.payouts.*}: how payouts on request behave.
 *
 * @param minimumMinorUnits the least a freelancer on the "on request" schedule may pay out at once, in minor units
 *        of the balance's currency (5000: 50.00); weekly payouts take whatever is available
 */
@ConfigurationProperties("gigforge.payouts")
public record PayoutProperties(@DefaultValue("5000") long minimumMinorUnits) {

    public PayoutProperties {
        if (minimumMinorUnits < 1) {
            throw new IllegalArgumentException("gigforge.payouts.minimum-minor-units must be at least 1");
        }
    }
}
