package org.gigforge.notification;

import com.vaadin.flow.server.webpush.WebPush;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.UserId;
import org.gigforge.notification.internal.PushKeys;
import org.gigforge.notification.internal.PushProperties;
import org.gigforge.notification.internal.PushSubscriptionEntity;
import org.gigforge.notification.internal.PushSubscriptionRepository;
import org.gigforge.platform.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browser push for the signed-in member: the browsers (installed app or tab) that show their notifications even
 * when Gigforge is closed. A browser is known by its push service endpoint; signing in as someone else on it moves
 * it to them, so one browser never shows two people's notifications.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PushService {

    static final int MAX_ENDPOINT_LENGTH = 1000;
    /** A browser's P-256 public key is 65 bytes, its auth secret 16: base64url of either is never this long. */
    static final int MAX_KEY_LENGTH = 200;

    private final PushSubscriptionRepository subscriptions;
    private final ObjectProvider<PushKeys> keys;
    private final ObjectProvider<PushProperties> properties;
    private final Clock clock;

    PushService(PushSubscriptionRepository subscriptions, ObjectProvider<PushKeys> keys,
            ObjectProvider<PushProperties> properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key browsers subscribe with (base64url), or empty when push is off on this installation. */
    @PreAuthorize("permitAll()")
    public Optional<String> applicationServerKey() {
        return Optional.ofNullable(keys.getIfAvailable()).map(PushKeys::publicKey);
    }

    /**
     * Vaadin's browser side of Web Push (asks the browser for permission and a subscription), or empty when push is
     * off on this installation. Its script comes from the server, so no frontend build is needed.
     */
    @PreAuthorize("permitAll()")
    public Optional<WebPush> browserSide() {
        var pair = keys.getIfAvailable();
        var settings = properties.getIfAvailable();
        return pair == null || settings == null ? Optional.empty()
                : Optional.of(new WebPush(pair.publicKey(), pair.privateKey(), settings.subject()));
    }

    /** Sends this member's notifications to a browser from now on; the same browser again only renews its keys. */
    @Transactional
    public void subscribe(String endpoint, String p256dh, String auth, String userAgent) {
        var settings = properties.getIfAvailable();
        if (settings == null) {
            throw InvalidInputException.of("endpoint", "push.off");
        }
        checkEndpoint(endpoint, settings.allowInsecureEndpoints());
        checkKey("p256dh", p256dh, 65);
        checkKey("auth", auth, 16);
        UserId me = AccountPrincipal.currentUserId();
        String agent = userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
        subscriptions.findByEndpoint(endpoint).ifPresentOrElse(
                existing -> existing.renew(me, p256dh, auth, agent, clock.instant()),
                () -> subscriptions.save(new PushSubscriptionEntity(me, endpoint, p256dh, auth, agent, clock.instant())));
    }

    /** Stops sending to this browser; only its member's own browsers can be removed this way. */
    @Transactional
    public void unsubscribe(String endpoint) {
        subscriptions.deleteByEndpointAndMemberId(endpoint, AccountPrincipal.currentUserId().value());
    }

    /** How many browsers receive this member's push notifications. */
    public long myBrowsers() {
        return subscriptions.countByMemberId(AccountPrincipal.currentUserId().value());
    }

    private static void checkEndpoint(String endpoint, boolean allowInsecure) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.of("endpoint", "push.endpoint.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        if (endpoint.length() > MAX_ENDPOINT_LENGTH || uri.getHost() == null
                || !(secure || (allowInsecure && scheme.equals("http")))) {
            throw InvalidInputException.of("endpoint", "push.endpoint.invalid");
        }
    }

    private static void checkKey(String field, String value, int bytes) {
        try {
            if (value.length() <= MAX_KEY_LENGTH && Base64.getUrlDecoder().decode(value.replace("=", "")).length == bytes) {
                return;
            }
        } catch (IllegalArgumentException notBase64) {
            // Reported below, like a key of the wrong length.
        }
        throw InvalidInputException.of(field, "push.key.invalid");
    }
}
