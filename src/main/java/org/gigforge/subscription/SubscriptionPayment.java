package org.gigforge.subscription;

import java.time.Instant;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A month of a subscription, paid or failed, as the member's history shows it. */
public record SubscriptionPayment(@Nullable String planCode, Money amount, boolean paid, Instant at, String reference) {}
