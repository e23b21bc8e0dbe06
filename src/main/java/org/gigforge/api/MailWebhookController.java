package org.gigforge.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.gigforge.mail.MailEvent;
import org.gigforge.mail.MailEvents;
import org.gigforge.mail.MailProperties;
import org.gigforge.mail.Unsubscribes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mail endpoints that callers reach without a session: the provider's bounce and complaint webhook
 * ({@code POST /api/v1/mail/events}, a SendGrid-style JSON array, authenticated by a shared secret header) and
 * the RFC 8058 one-click unsubscribe that mail clients POST to ({@code POST /api/v1/mail/unsubscribe?token=…},
 * authenticated by the signed token). Errors are RFC 9457 problem details.
 */
@RestController
class MailWebhookController {

    static final String SECRET_HEADER = "X-Mail-Webhook-Secret";

    private final MailEvents events;
    private final Unsubscribes unsubscribes;
    private final MailProperties properties;

    MailWebhookController(MailEvents events, Unsubscribes unsubscribes, MailProperties properties) {
        this.events = events;
        this.unsubscribes = unsubscribes;
        this.properties = properties;
    }

    @PostMapping(value = "/api/v1/mail/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> events(@RequestHeader(name = SECRET_HEADER, required = false) @Nullable String secret,
            @RequestBody List<MailEvent> body) {
        String expected = properties.webhookSecret();
        if (expected == null || expected.isBlank()) {
            // Off unless configured: without a secret anyone could suppress any address.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong or missing " + SECRET_HEADER);
        }
        var outcome = events.handle(body);
        return Map.of("suppressed", outcome.suppressed(), "ignored", outcome.ignored());
    }

    /** Mail clients send {@code List-Unsubscribe=One-Click} as a form; only the token matters. */
    @PostMapping(value = "/api/v1/mail/unsubscribe", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> unsubscribe(@RequestParam("token") String token) {
        if (unsubscribes.typeOf(token).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown or altered unsubscribe token");
        }
        return Map.of("unsubscribed", unsubscribes.unsubscribe(token).name());
    }
}
