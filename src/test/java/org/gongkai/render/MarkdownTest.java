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

    /** The footer's lines: links and emphasis; anything else Markdown would build shows as the text written. */
    @Test
    void aFooterLineKeepsLinksAndEmphasisAndShowsTheRestAsWritten() {
        assertEquals("<p>主办：<a href=\"https://www.example.gov.cn/\">测试局</a> <em>仅供参考</em> &lt;b&gt;粗&lt;/b&gt;</p>\n",
                Markdown.renderLine("主办：[测试局](https://www.example.gov.cn/) *仅供参考* <b>粗</b>").toString());
        assertEquals("<p># 联系我们</p>\n<p>1. 电话：0315-6612345</p>\n<p>- 地址：&lt;某路&gt; 1 号</p>\n",
                Markdown.renderLine("# 联系我们\n\n1. 电话：0315-6612345\n\n- 地址：<某路> 1 号").toString());
        assertEquals("<p>标识 点我</p>\n", Markdown.renderLine("![标识](https://x.example.org/a.png) [点我](javascript:alert(1))")
                .toString());
    }

    /** One parse for the text and the HTML gives what the two calls give apart, unsafe links and all. */
    @Test
    void theTextAndTheHtmlOfOneParseAreThoseOfTwo() {
        java.util.Random random = new java.util.Random(20261203);
        String[] pieces = {"说明", "[链接](../a.html)", "[坏](javascript:x)", "**粗**", "\n", "\n\n", "1. ", "# ", "<b>", "&amp;", " "};
        int skipped = 0;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String source = text.toString();
            String plain;
            try {
                plain = Markdown.plainText(source);
            } catch (AssertionError e) { // flexmark's own check (assertions are on in tests) of a rare mix of list, link and HTML
                skipped++;
                continue;
            }
            Markdown.TextAndHtml both = Markdown.renderWithText(source);
            assertEquals(plain, both.text(), source);
            assertEquals(Markdown.render(source).toString(), both.html().toString(), source);
        }
        assertEquals(true, skipped < 100, skipped + " texts skipped");
        assertEquals(new Markdown.TextAndHtml(null, null), Markdown.renderWithText(null));
    }

    /**
     * The loader skips the parse of a text without "[" or "<" ({@link Markdown#mayHaveLinks}): over
     * many random texts of Markdown's other marks, the full parse never finds a link or image there.
     */
    @Test
    void aTextWithoutBracketsHasNoLinks() {
        String alphabet = "a 说明()]!:/\\*_`#-\n&#;>hptw.@x1=|~";
        java.util.Random random = new java.util.Random(20261202);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String source = text.toString();
            org.junit.jupiter.api.Assertions.assertFalse(Markdown.mayHaveLinks(source));
            String rendered = Markdown.render(source).toString();
            org.junit.jupiter.api.Assertions.assertFalse(rendered.contains("<a ") || rendered.contains("<img"), source);
        }
        String withLink = "见[说明](https://example.org/)";
        org.junit.jupiter.api.Assertions.assertTrue(Markdown.mayHaveLinks(withLink));
        org.junit.jupiter.api.Assertions.assertTrue(Markdown.render(withLink).toString().contains("<a "));
        org.junit.jupiter.api.Assertions.assertTrue(Markdown.render("见<https://example.org/>").toString().contains("<a "));
    }
}
