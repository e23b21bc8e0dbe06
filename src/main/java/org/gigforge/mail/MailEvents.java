package org.gigforge.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gigforge.mail.internal.Suppressions;
import org.gigforge.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bounces and complaints reported by the mail provider (the webhook authenticates the provider): a hard bounce or
 * a spam complaint suppresses the address. Soft bounces ({@code blocked}), deferrals and deliveries change
 * nothing.
 */
@Service
public class MailEvents {

    public static final int MAX_EVENTS = 1000;

    private final Suppressions suppressions;
    private final Clock clock;

    MailEvents(Suppressions suppressions, Clock clock) {
        this.suppressions = suppressions;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public MailEventOutcome handle(List<MailEvent> events) {
        if (events.size() > MAX_EVENTS) {
            throw InvalidInputException.of("events", "mail.events.too-many", MAX_EVENTS);
        }
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            if (event == null || event.email() == null || event.email().isBlank() || !event.email().contains("@")
                    || event.email().length() > 254) {
                throw InvalidInputException.of("[" + i + "].email", "mail.events.email-required");
            }
            if (event.event() == null || event.event().isBlank()) {
                throw InvalidInputException.of("[" + i + "].event", "mail.events.event-required");
            }
        }
        int suppressed = 0;
        int ignored = 0;
        for (var event : events) {
            SuppressionReason reason = reason(event);
            String detail = event.reason() == null ? "" : event.reason();
            if (reason != null && suppressions.suppress(event.email(), reason, detail, clock.instant())) {
                suppressed++;
            } else {
                ignored++;
            }
        }
        return new MailEventOutcome(suppressed, ignored);
    }

    /** Whether mail to the address is suppressed, and why. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<SuppressionReason> suppression(String address) {
        return suppressions.reason(address);
    }

    private static SuppressionReason reason(MailEvent event) {
        String kind = event.event().toLowerCase(Locale.ROOT);
        String type = event.type() == null ? "bounce" : event.type().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "bounce", "dropped" -> "blocked".equals(type) ? null : SuppressionReason.HARD_BOUNCE;
            case "spamreport" -> SuppressionReason.COMPLAINT;
            default -> null;
        };
    }
}
