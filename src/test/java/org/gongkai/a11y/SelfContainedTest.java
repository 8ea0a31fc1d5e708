package org.gongkai.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built file, scanned as text: no address of another host except in a hyperlink or the
 * page's own Url and Image metadata and canonical link, or the site's own addresses in sitemap.xml, robots.txt and feed.xml (no CDN, web font or analytics), and nothing a strict
 * Content-Security-Policy would block (inline scripts, inline event handlers, style attributes).
 */
class SelfContainedTest {

    static final Pattern ADDRESS = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
    static final Pattern ALLOWED =
            Pattern.compile("<a [^>]*href=\"$|<meta name=\"(?:Url|Image)\" content=\"$|<link rel=\"canonical\" href=\"$");
    /**
     * The crawler files name the site's own pages by their absolute address (base_url): addresses a
     * crawler reads, never loaded by a page. Only there, and only in these places, may they stand.
     */
    static final Set<String> CRAWLER_FILES = Set.of("sitemap.xml", "robots.txt", "feed.xml");
    static final Pattern CRAWLER_ALLOWED = Pattern.compile("<loc>$|<id>$|<link (?:rel=\"self\" )?href=\"$|\nSitemap: $|xmlns=\"$");
    static final Pattern INLINE = Pattern.compile("(?i)<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+=\"|\\sstyle=\"|javascript:");

    @Test
    void noRequestToAnotherHostAndNothingInline(@TempDir Path dir) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Path> site : TestSites.build(dir).entrySet()) {
            for (Map.Entry<String, String> file : Sites.read(site.getValue()).entrySet()) {
                if (org.gongkai.data.DataFiles.isData(file.getKey())) {
                    // Downloads, never loaded by a page: an address in them is content (a disclosed
                    // text, base_url, the data package profile's $schema), not a request.
                    continue;
                }
                String text = file.getValue();
                Matcher m = ADDRESS.matcher(text);
                while (m.find()) {
                    String before = text.substring(Math.max(0, m.start() - 200), m.start());
                    boolean svgNamespace = text.startsWith("<svg", Math.max(0, m.start() - 40)) || before.endsWith("xmlns=\"");
                    boolean crawler = CRAWLER_FILES.contains(file.getKey()) && CRAWLER_ALLOWED.matcher(before).find();
                    if (!ALLOWED.matcher(before).find() && !svgNamespace && !crawler) {
                        found.add(site.getKey() + "/" + file.getKey() + ": " + m.group());
                    }
                }
                if (file.getKey().endsWith(".html")) {
                    Matcher inline = INLINE.matcher(text);
                    while (inline.find()) {
                        found.add(site.getKey() + "/" + file.getKey() + ": inline " + inline.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
