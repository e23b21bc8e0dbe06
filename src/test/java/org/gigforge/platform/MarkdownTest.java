package org.gigforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersTheUsualFormatting() {
        String html = Markdown.toSafeHtml("## Scope\n\n- **fast** pages\n- *clean* code\n\n1. one\n\n`x` and\n\n```\ncode\n```");
        assertThat(html).contains("<h2>Scope</h2>", "<li><strong>fast</strong> pages</li>", "<em>clean</em>",
                "<ol>", "<code>x</code>", "<pre><code>code");
    }

    @Test
    void rawHtmlStaysVisibleAsText() {
        String html = Markdown.toSafeHtml("Make a <b>logo</b> <script>alert(1)</script>");
        assertThat(html).doesNotContain("<script", "<b>").contains("&lt;b&gt;logo&lt;/b&gt;", "&lt;script&gt;");
    }

    @Test
    void linksAreSafeAndMarkedAsUserContent() {
        String html = Markdown.toSafeHtml("[site](https://example.org) [bad](javascript:alert(1)) [data](data:text/html,x)");
        assertThat(html).contains("href=\"https://example.org\"", "rel=\"nofollow noopener ugc\"")
                .doesNotContain("javascript:", "data:");
    }

    @Test
    void noEventHandlersOrStylesGetThrough() {
        String html = Markdown.toSafeHtml("![x](https://example.org/a.png \"t\") <img src=x onerror=alert(1)>"
                + " <a href=\"https://x\" onclick=\"alert(1)\" style=\"color:red\">x</a>");
        assertThat(html).doesNotContain("onerror=", "onclick=", "style=", "<img");
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertThat(Markdown.toPlainText("## Title\n\nSome **bold**\ntext <i>x</i>")).isEqualTo("Title Some bold text <i>x</i>");
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }
}
