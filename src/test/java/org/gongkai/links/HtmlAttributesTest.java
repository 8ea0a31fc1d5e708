package org.gongkai.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.pipeline.Build;
import org.gongkai.render.PagesTest;
import org.gongkai.support.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link checker's tag scanner against jsoup, an HTML5 parser: on the built pages of the fixture
 * sites, on those pages mutated (other quoting, white space, case, comments, scripts, random
 * edits) and on hostile snippets, every href, src and srcset jsoup finds the scanner finds, with
 * the same value, and nothing else.
 */
class HtmlAttributesTest {

    static final Set<String> NAMES = Set.of("href", "src", "srcset");

    /** Built pages of the fixture sites, by "site/path". */
    static final Map<String, String> PAGES = new TreeMap<>();

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Map<String, Path> sites = Map.of("default", Sites.REPO, "two-years", Sites.REPO.resolve("src/test/resources/two-years"),
                "pages", Sites.write(dir.resolve("pages-src"), PagesTest.SITE));
        for (Map.Entry<String, Path> site : sites.entrySet()) {
            Path out = dir.resolve(site.getKey());
            new Build(site.getValue(), out).run();
            Sites.read(out).forEach((path, text) -> {
                if (path.endsWith(".html")) {
                    PAGES.put(site.getKey() + "/" + path, text);
                }
            });
        }
    }

    /**
     * What jsoup finds, as distinct "tag name=value": tree building moves elements and, for
     * misnested formatting such as an unclosed {@code <a>}, clones them, so the count may differ.
     */
    static Set<String> jsoup(String html) {
        Set<String> found = new TreeSet<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (NAMES.contains(a.getKey())) {
                    found.add(e.normalName() + " " + a.getKey() + "=" + a.getValue());
                }
            }
        }
        return found;
    }

    static Set<String> scanner(String html) {
        Set<String> found = new TreeSet<>();
        HtmlAttributes.of(html.getBytes(StandardCharsets.UTF_8), HtmlAttributes.names(NAMES)).forEach(a -> found.add(a.tag() + " " + a.name() + "=" + a.value()));
        return found;
    }

    static void agree(String what, String html) {
        assertEquals(jsoup(html), scanner(html), () -> what + ":\n" + html);
    }

    @Test
    void builtPagesOfTheFixtureSites() {
        int links = 0;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            agree(page.getKey(), page.getValue());
            links += scanner(page.getValue()).size();
        }
        assertEquals(true, PAGES.size() > 30 && links > 300, PAGES.size() + " pages, " + links + " links");
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)");

    /** The same pages written in the other ways HTML allows, and with random edits. */
    @Test
    void mutatedPages() {
        Random random = new Random(20261201);
        int count = 0;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            String html = page.getValue();
            agree(page.getKey() + " single quotes", replace(ATTRIBUTE, html, m -> m.group(1) + m.group(2) + "='" + m.group(3) + "'"));
            agree(page.getKey() + " unquoted", replace(ATTRIBUTE, html, m -> m.group(3).matches("[^\\s\"'=<>`]+")
                    ? m.group(1) + m.group(2) + "=" + m.group(3) : m.group()));
            String[] spaces = {"\n", "\t", "\r\n", "\f", " / ", "\n  "};
            agree(page.getKey() + " white space", replace(ATTRIBUTE, html,
                    m -> spaces[random.nextInt(spaces.length)] + m.group(2) + " = \"" + m.group(3) + "\""));
            agree(page.getKey() + " upper case", replace(TAG, replace(ATTRIBUTE, html,
                    m -> m.group(1) + m.group(2).toUpperCase() + "=\"" + m.group(3) + "\""), m -> "<" + m.group(1) + m.group(2).toUpperCase()));
            agree(page.getKey() + " comments and scripts", replace(Pattern.compile("<a |<img |<link "), html, m -> switch (random.nextInt(4)) {
                case 0 -> "<!-- " + m.group() + "x href=\"comment.html\" --> " + m.group();
                case 1 -> "<script>var s = '" + m.group() + "href=\"script.html\">';</script>" + m.group();
                case 2 -> "<!--[if IE]>" + m.group() + "href=\"ie.html\"><![endif]-->" + m.group();
                default -> "<style>/* " + m.group() + "src=\"style.png\"> */</style>" + m.group();
            }));
            for (int k = 0; k < 20; k++) {
                agree(page.getKey() + " random edits " + k, edit(html, random));
                count++;
            }
        }
        assertEquals(true, count > 600, count + " random variants");
    }

    /** Twenty random deletions and insertions of the characters HTML turns on. */
    static String edit(String html, Random random) {
        StringBuilder s = new StringBuilder(html);
        String specials = "<>\"'=/!- \n&;#?";
        for (int k = 0; k < 20; k++) {
            int at = random.nextInt(s.length());
            if (random.nextBoolean()) {
                s.deleteCharAt(at);
            } else {
                s.insert(at, specials.charAt(random.nextInt(specials.length())));
            }
        }
        return s.toString();
    }

    static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void hostileSnippets() {
        for (String html : List.of(
                "<a href='single.html'>x</a><a href=unquoted.html>y</a><img\nsrc=\"newline.png\"><img\tsrc=tab.png>",
                "<img srcset=\"a.png 1x, b.png 2x\" src=c.png>",
                "<!-- <a href=\"comment.html\"> --><a href=\"after.html\">",
                "<!--> <a href=\"x.html\"> --> <!---> <a href=\"y.html\">",
                "<!-- a -- b --!> <a href=\"z.html\">",
                "<script><a href=\"s.html\"></script><a href=\"t.html\"></SCRIPT ><a href=u.html>",
                "<title><a href=\"t.html\"></title><textarea><img src=x></textarea ><a href=v.html>",
                "<a/href=\"slash.html\">", "<a href=\"first.html\" HREF=\"second.html\">",
                "<a href=\"a>b.html\" title='x\"y'>", "<a title=\"<a href=inner.html>\" href=outer.html>",
                "<a href=\"x.html\"src=\"y.png\">", "<a href = 'spaced.html' >", "<a href=>", "<a href>",
                "<a href=\"&#106;avascript:alert(1)\">", "<a href=\"&#x6A;avascript:1\">", "<a href=\"&#106avascript:1\">",
                "<a href=\"a&amp;b&lt;c&gt;d&quot;e&apos;f\">", "<a href=\"?x=1&amp=2&lt;3&amp;4\">", "<a href=\"&#0;&#99999999;&#x80;&#150;&#x81;\">",
                "</a href=\"end.html\"><a href=\"start.html\">", "<!DOCTYPE html><?php echo '<a href=\"pi.html\">' ?><a href=a.html>",
                "<a href=\"unterminated.html", "<a href='x.html' <img src=y.png>", "<a\u000bhref=x.html>",
                "<img src=\"中文.png\"><a href=\"科技馆/index.html#第一\">", "<A HREF=\"UPPER.HTML\">",
                "<div><a href=\"1.html\"><table><a href=\"foster.html\"><tr><td><img src=\"td.png\">",
                "<svg><a href=\"svg.html\"><image href=\"i.png\"/></a></svg>", "<noscript><a href=\"ns.html\"></noscript>",
                "<img srcset=\"a,b.png 1x,c.png\">", "<xmp><a href=x.html></xmp><iframe><a href=y.html></iframe>",
                "<a href=\"x\" href=\"y\" src=\"z\">", "<a href=\"x\"/><a / href=\"y\" / >", "< a href=\"not-a-tag.html\">",
                "<a href=\"x.html\"\n\nsrc\n=\n'y.png'>", "<ab href=\"custom.html\"><my-el src=\"el.png\">")) {
            agree("snippet", html);
        }
    }

    /** srcset is split as the HTML standard splits it: a URL runs to white space, a comma ends it only at its end. */
    @Test
    void srcsetCandidates() {
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png 1x, b.png 2x"));
        assertEquals(List.of("a,b.png", "c.png"), Srcset.urls("a,b.png 1x,c.png"));
        assertEquals(List.of("x.png,y.png"), Srcset.urls("x.png,y.png"), "a comma inside a URL is part of it");
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("  a.png  ,  b.png 100w  "));
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png (1x, 2x), b.png"));
        assertEquals(List.of(), Srcset.urls(" , "));
    }
}
