package org.gigforge.payment;

import java.net.URI;
import org.gigforge.platform.Money;

/** A provider's answer to a charge: confirmed now, or pending until the client paid on the provider's page. */
public sealed interface ChargeOutcome {

    /** The money is charged; {@code providerFee} is what the provider kept of it (zero when it says nothing). */
    record Confirmed(String reference, Money providerFee) implements ChargeOutcome {}

    /** The client pays at {@code payAt}; the provider confirms later (by webhook) under the same key. */
    record Pending(String reference, URI payAt) implements ChargeOutcome {}
}
