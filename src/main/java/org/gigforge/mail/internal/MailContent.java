package org.gigforge.mail.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a mail says, already translated: rendered into the HTML layout and into plain text by {@link MailTemplates}.
 *
 * @param action the one thing the mail asks the reader to do, as a button
 * @param links further links, listed (the digest's conversations)
 */
public record MailContent(
        Locale locale,
        String subject,
        String greeting,
        List<String> paragraphs,
        @Nullable Link action,
        List<Link> links,
        List<String> footer,
        @Nullable String unsubscribeUrl) {

    public record Link(String label, String url) {}

    /** The rendered mail. */
    public record Rendered(String subject, String text, String html) {}
}
