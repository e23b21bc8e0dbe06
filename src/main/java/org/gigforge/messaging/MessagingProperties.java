package org.gigforge.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Messaging settings ({@code gigforge.messaging.*}). */
@ConfigurationProperties("gigforge.messaging")
public record MessagingProperties(
        /** Messages one member may send in a minute, across all conversations and nodes. */
        @DefaultValue("20") int sendsPerMinute,
        /** A connected member with no activity for this long shows as away. */
        @DefaultValue("5m") Duration awayAfter,
        /** How often each node renews the presence of the members connected to it (presence expires after three). */
        @DefaultValue("30s") Duration presenceHeartbeat) {}
