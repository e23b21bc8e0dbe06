package org.gigforge.messaging.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A message's plain text as HTML that is safe in any page: everything escaped, line breaks kept, and web addresses
 * turned into links that open in a new tab without handing the page to the target ({@code noopener}) and are
 * marked as user content for search engines. The result goes through an allow-list sanitiser too, so nothing but
 * {@code <a href="http(s)://...">} and {@code <br>} can get through whatever the text holds.
 */
public final class MessageText {

    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that usually ends the sentence around an address rather than belonging to it. */
    private static final String TRAILING = ".,;:!?)]}";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("a", "br")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
            .toFactory();

    private MessageText() {}

    public static String toSafeHtml(String text) {
        var html = new StringBuilder();
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            String address = url.group();
            int end = url.end();
            while (!address.isEmpty() && TRAILING.indexOf(address.charAt(address.length() - 1)) >= 0) {
                address = address.substring(0, address.length() - 1);
                end--;
            }
            html.append(escape(text.substring(at, url.start())));
            html.append("<a href=\"").append(escape(address)).append("\" target=\"_blank\">")
                    .append(escape(address)).append("</a>");
            at = end;
        }
        html.append(escape(text.substring(at)));
        return POLICY.sanitize(html.toString().replace("\r\n", "\n").replace("\n", "<br>"));
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
