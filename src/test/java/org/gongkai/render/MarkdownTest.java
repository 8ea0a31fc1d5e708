package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Links in prose: only relative, http(s), mailto and tel targets become links; the rest is text. */
class MarkdownTest {

    static String html(String markdown) {
        return Markdown.render(markdown).toString().strip();
    }

    @Test
    void aLinkTheSiteMayNotPublishIsShownAsItsText() {
        for (String target : List.of("&#106;avascript:alert(1)", "javascript:alert(1)", "JavaScript:alert(1)",
                "java&#9;script:alert(1)", "&#x6A;avascript&#58;alert(1)", "<javascript:alert(1)>", "vbscript:x",
                "data:text/html,x", "file:///etc/hostname", "//evil.example/x", "\\\\\\\\evil.example", " &#1;javascript:x",
                "java\\script:x", "ftp://example.org/", "说明:1")) {
            assertEquals("<p>见说明。</p>", html("见[说明](" + target + ")。"), target);
            String written = target.startsWith("<") ? target.substring(1, target.length() - 1) : target.strip();
            assertEquals(List.of(new Markdown.UnsafeLink(1, written)), Markdown.unsafeLinks("见[说明](" + target + ")。"), target);
        }
        assertEquals("<p>见图。</p>", html("见![图](javascript:x)。"));
        assertEquals("<p>见说明。</p>", html("见[说明][r]。\n\n[r]: &#106;avascript:x"));
        assertEquals("<p>见&lt;javascript:alert(1)&gt;。</p>", html("见<javascript:alert(1)>。"));
        assertEquals(List.of(new Markdown.UnsafeLink(7, "javascript:x")), Markdown.unsafeLinks("第一行\n第二行![图](javascript:x)"));
    }

    @Test
    void relativeHttpMailAndTelephoneLinksStay() {
        assertEquals("<p><a href=\"../index.html#top\">站内</a> <a href=\"https://example.org/a?b=1&amp;c=2\">外部</a> "
                + "<a href=\"mailto:a@example.org\">邮件</a> <a href=\"tel:+86-315-1234567\">电话</a> <a href=\"#x\">锚</a></p>",
                html("[站内](../index.html#top) [外部](https://example.org/a?b=1&c=2) [邮件](mailto:a@example.org) "
                        + "[电话](tel:+86-315-1234567) [锚](#x)"));
        assertEquals(List.of(), Markdown.unsafeLinks("[站内](../index.html) <https://example.org/> <a@example.org> [未定义][nowhere]"));
    }
}
