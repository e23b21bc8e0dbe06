package org.gigforge.notification.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push settings, under {@code gigforge.push}. The VAPID key pair identifies this server to the browsers' push
 * services, and every node must sign with the same one: without a pair set here, the first node makes one and
 * keeps it in the database, where the others find it.
 */
@ConfigurationProperties("gigforge.push")
public record PushProperties(
        /** Off: no push channel and no "notifications on this device" switch. */
        @DefaultValue("true") boolean enabled,
        /** The public key, the uncompressed P-256 point in base64url (what {@code web-push generate-vapid-keys} prints). */
        @Nullable String publicKey,
        /** The private key, its 32 bytes in base64url. */
        @Nullable String privateKey,
        /** Who push services can contact about this server: a {@code mailto:} or {@code https:} address. */
        @DefaultValue("mailto:admin@localhost") String subject,
        /**
         * Accept push endpoints that are not https (tests run a push service on 127.0.0.1). Never in production:
         * members could make the server post to addresses inside its network.
         */
        @DefaultValue("false") boolean allowInsecureEndpoints) {}
