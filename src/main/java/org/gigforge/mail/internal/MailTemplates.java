package org.gigforge.mail.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Our own small template mechanism: one HTML layout with inline styles (mail clients ignore style sheets) and
 * {@code {{placeholders}}}, filled with escaped, translated text; the plain-text part says the same. Enough for
 * mails of a greeting, a few paragraphs, a button and a list of links, without a template engine.
 */
@Component
public class MailTemplates {

    private static final String PARAGRAPH = "<p style=\"margin:0 0 14px 0;\">%s</p>\n";
    private static final String BUTTON = """
            <p style="margin:20px 0;"><a href="%1$s" style="display:inline-block;background:#1f5eff;color:#ffffff;\
            text-decoration:none;font-weight:600;padding:10px 18px;border-radius:6px;">%2$s</a></p>
            <p style="margin:0 0 14px 0;font-size:12px;color:#6b7385;word-break:break-all;">%3$s \
            <a href="%1$s" style="color:#1f5eff;">%1$s</a></p>
            """;
    private static final String LINK_ITEM = "<li style=\"margin:0 0 6px 0;\"><a href=\"%s\" style=\"color:#1f5eff;\">%s</a></li>\n";

    private final I18NProvider messages;
    private final String layout;

    MailTemplates(I18NProvider messages) {
        this.messages = messages;
        try {
            this.layout = new ClassPathResource("mail/layout.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A translation in the mail's language. */
    public String text(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    public MailContent.Rendered render(MailContent mail) {
        return new MailContent.Rendered(mail.subject(), text(mail), html(mail));
    }

    private String html(MailContent mail) {
        var body = new StringBuilder();
        body.append(PARAGRAPH.formatted(escape(mail.greeting())));
        for (String paragraph : mail.paragraphs()) {
            body.append(PARAGRAPH.formatted(escape(paragraph)));
        }
        if (!mail.links().isEmpty()) {
            body.append("<ul style=\"margin:0 0 14px 0;padding-left:20px;\">\n");
            for (var link : mail.links()) {
                body.append(LINK_ITEM.formatted(escape(link.url()), escape(link.label())));
            }
            body.append("</ul>\n");
        }
        if (mail.action() != null) {
            body.append(BUTTON.formatted(escape(mail.action().url()), escape(mail.action().label()),
                    escape(text(mail.locale(), "mail.copy-link"))));
        }
        var footer = new StringBuilder();
        for (String line : mail.footer()) {
            footer.append(PARAGRAPH.formatted(escape(line)));
        }
        if (mail.unsubscribeUrl() != null) {
            footer.append(PARAGRAPH.formatted("<a href=\"" + escape(mail.unsubscribeUrl()) + "\" style=\"color:#6b7385;\">"
                    + escape(text(mail.locale(), "mail.unsubscribe")) + "</a>"));
        }
        return layout.replace("{{lang}}", mail.locale().getLanguage().isEmpty() ? "en" : mail.locale().getLanguage())
                .replace("{{subject}}", escape(mail.subject()))
                .replace("{{body}}", body.toString())
                .replace("{{footer}}", footer.toString());
    }

    private String text(MailContent mail) {
        var text = new StringBuilder();
        text.append(mail.greeting()).append("\n\n");
        for (String paragraph : mail.paragraphs()) {
            text.append(paragraph).append("\n\n");
        }
        for (var link : mail.links()) {
            text.append("- ").append(link.label()).append(": ").append(link.url()).append('\n');
        }
        if (!mail.links().isEmpty()) {
            text.append('\n');
        }
        if (mail.action() != null) {
            text.append(mail.action().label()).append(": ").append(mail.action().url()).append("\n\n");
        }
        text.append("-- \n");
        for (String line : mail.footer()) {
            text.append(line).append('\n');
        }
        if (mail.unsubscribeUrl() != null) {
            text.append(text(mail.locale(), "mail.unsubscribe")).append(": ").append(mail.unsubscribeUrl()).append('\n');
        }
        return text.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
