package org.gigforge.platform;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Members write overviews and job descriptions in Markdown; this turns it into HTML that is safe
 * to put into any page. Two layers on purpose: raw HTML in the source is escaped, so it stays
 * visible as text (someone who writes {@code <b>} sees {@code <b>}), and the result still goes
 * through an allow-list sanitiser, so no script, event handler, style or unsafe link can get
 * through whatever the parser does.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    /** Links open as plain links to http(s) or mail addresses, marked as user content for search engines. */
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "ugc")
                    .allowElements("ul", "ol", "li", "pre", "code", "hr", "br")
                    .toFactory());

    private Markdown() {}

    /** Safe HTML for the given Markdown; empty input gives an empty string. */
    public static String toSafeHtml(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return POLICY.sanitize(HTML.render(document));
    }

    /** The words without any formatting, for snippets and page descriptions. */
    public static String toPlainText(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }
}
