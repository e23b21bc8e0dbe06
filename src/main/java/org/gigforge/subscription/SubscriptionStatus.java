package org.gigforge.subscription;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A subscription's state, in Stripe's words (the demo provider uses ACTIVE and CANCELED). */
public enum SubscriptionStatus {
    INCOMPLETE(0),
    TRIALING(1),
    ACTIVE(2),
    PAST_DUE(3),
    PAUSED(4),
    UNPAID(4),
    INCOMPLETE_EXPIRED(5),
    CANCELED(5);

    /** How far along the life cycle: of two states reported for the same moment, the later stage wins. */
    private final int stage;

    SubscriptionStatus(int stage) {
        this.stage = stage;
    }

    public int stage() {
        return stage;
    }

    /** Stripe ends a subscription for good: nothing brings a canceled one back. */
    public boolean ended() {
        return this == CANCELED || this == INCOMPLETE_EXPIRED;
    }

    /**
     * Whether a subscription in this state entitles its member now. Active and trialing ones do until the end of a
     * period they are cancelled at; a past-due one keeps what was paid for until its period ends, while the
     * provider retries the card; anything else does not.
     */
    public boolean entitles(Instant now, Instant periodEnd, boolean cancelAtPeriodEnd) {
        return switch (this) {
            case ACTIVE, TRIALING -> !cancelAtPeriodEnd || now.isBefore(periodEnd);
            case PAST_DUE -> now.isBefore(periodEnd);
            default -> false;
        };
    }

    public static Optional<SubscriptionStatus> fromProvider(String status) {
        try {
            return Optional.of(valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
