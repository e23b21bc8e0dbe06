package org.gigforge.mail.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gigforge.account.UserId;
import org.gigforge.notification.NotificationType;
import org.gigforge.platform.GigforgeProperties;
import org.springframework.stereotype.Component;

/** Absolute links for mails, from {@code gigforge.public-url}. */
@Component
public class MailLinks {

    private final String base;
    private final UnsubscribeTokens unsubscribes;

    MailLinks(GigforgeProperties properties, UnsubscribeTokens unsubscribes) {
        String url = properties.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.unsubscribes = unsubscribes;
    }

    /** A page of the app, given as a path such as {@code contracts/12}. */
    public String page(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A page with a token parameter. */
    public String withToken(String path, String token) {
        return page(path) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The page a reader opens from the mail's footer: it asks before turning the mail off. */
    public String unsubscribePage(UserId member, NotificationType type) {
        return withToken("unsubscribe", unsubscribes.issue(member, type));
    }

    /** The RFC 8058 one-click address mail clients POST to. */
    public String oneClickUnsubscribe(UserId member, NotificationType type) {
        return withToken("api/v1/mail/unsubscribe", unsubscribes.issue(member, type));
    }
}
