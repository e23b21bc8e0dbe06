package org.gigforge.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per member, notification type and channel: on or off. Only choices that differ from the defaults are stored,
 * so a new type or channel starts with its default for everyone. Messages by email mean the unread message
 * digest, never one mail per message.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The defaults: everything in the app and by email (messages as a digest); push for what needs a quick
     * answer only, since it interrupts. Saved search matches stay out of the bell: the Saved searches page
     * counts them already.
     */
    public static boolean byDefault(NotificationType type, Channel channel) {
        return switch (channel) {
            case IN_APP -> type != NotificationType.SAVED_SEARCH_MATCH;
            case EMAIL -> true;
            case PUSH -> switch (type) {
                case MESSAGE, OFFER_RECEIVED, INVITED, MILESTONE_SUBMITTED, DISPUTE, PAYMENT -> true;
                default -> false;
            };
        };
    }

    /** The signed-in member's preferences, every type with every channel. */
    @PreAuthorize("isAuthenticated()")
    public List<NotificationPreference> mine() {
        Map<String, Boolean> stored = stored(me());
        var all = new ArrayList<NotificationPreference>();
        for (NotificationType type : NotificationType.values()) {
            for (Channel channel : Channel.values()) {
                all.add(new NotificationPreference(type, channel,
                        stored.getOrDefault(key(type, channel), byDefault(type, channel))));
            }
        }
        return all;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void set(NotificationType type, Channel channel, boolean enabled) {
        store(me(), type, channel, enabled);
    }

    /** Whether a channel may deliver this type to the member. Channels ask with nobody signed in. */
    @PreAuthorize("permitAll()")
    public boolean enabled(UserId member, NotificationType type, Channel channel) {
        return jdbc.sql("select enabled from notification_preference where user_id = ? and type = ? and channel = ?")
                .params(member.value(), type.name(), channel.id()).query(Boolean.class).optional()
                .orElse(byDefault(type, channel));
    }

    /** The types a member turned off for a channel. */
    @PreAuthorize("permitAll()")
    public Set<NotificationType> disabled(UserId member, Channel channel) {
        // One query: the bell asks on every refresh.
        Map<String, Boolean> stored = stored(member);
        var off = EnumSet.noneOf(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            if (!stored.getOrDefault(key(type, channel), byDefault(type, channel))) {
                off.add(type);
            }
        }
        return off;
    }

    /**
     * Turns a type off for a channel without anyone signed in. Only for callers that hold the member's consent
     * in another form: the signed one-click unsubscribe link of a mail.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void turnOff(UserId member, NotificationType type, Channel channel) {
        store(member, type, channel, false);
    }

    private void store(UserId member, NotificationType type, Channel channel, boolean enabled) {
        jdbc.sql("""
                insert into notification_preference (user_id, type, channel, enabled) values (?, ?, ?, ?)
                on conflict (user_id, type, channel) do update set enabled = excluded.enabled""")
                .params(member.value(), type.name(), channel.id(), enabled).update();
    }

    private Map<String, Boolean> stored(UserId member) {
        var map = new HashMap<String, Boolean>();
        jdbc.sql("select type, channel, enabled from notification_preference where user_id = ?").param(member.value())
                .query((rs, n) -> Map.entry(rs.getString(1) + "/" + rs.getString(2), rs.getBoolean(3))).list()
                .forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private static String key(NotificationType type, Channel channel) {
        return type.name() + "/" + channel.id();
    }

    private static UserId me() {
        return AccountPrincipal.currentUserId();
    }
}
