package org.gongkai.links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.site.Page;

/**
 * Finds addresses of other hosts in the theme's scripts and stylesheets ({@code assets/*.js},
 * {@code assets/*.css}), where the link stage's reading of attributes cannot see them:
 * {@code fetch("https://…")}, {@code "//cdn…"}, {@code new WebSocket("wss://…")},
 * {@code @import "https://…"}. The site must make no request to another host, and a scan of the
 * text cannot tell a comment from code, so an address in a comment counts too. XML namespace names
 * ({@code http://www.w3.org/2000/svg}) are names, never fetched, and pass. A stylesheet's
 * {@code url(…)} is the link stage's to check, and is skipped here so it is reported once.
 */
public final class AssetHosts {

    private static final String ASSETS = "assets/";
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\b(?:https?|wss?|ftp)://[^\\s\"'`()<>\\\\]+");
    private static final Pattern PROTOCOL_RELATIVE =
            Pattern.compile("[\"'`(]\\s*(//[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?::\\d+)?(?:/[^\\s\"'`()<>\\\\]*)?)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?[^'\")]*['\"]?\\s*\\)");
    private static final Set<String> NAMESPACES = Set.of(
            "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink",
            "http://www.w3.org/1998/Math/MathML", "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/");
    private static final String REASON = "脚本或样式表引用其他网站：站点不得向其他主机发出请求（注释里的地址也算，请删去）";

    private AssetHosts() {
    }

    /** Each address of another host in the site's scripts and stylesheets, as {@code assets/x.js:line:column}. */
    public static List<LinkChecker.BrokenLink> scan(List<Page> pages) {
        List<LinkChecker.BrokenLink> found = new ArrayList<>();
        for (Page page : pages) {
            String path = page.path();
            boolean css = path.endsWith(".css");
            if (path.startsWith(ASSETS) && (css || path.endsWith(".js") || path.endsWith(".mjs"))) {
                scan(path, new String(page.content(), StandardCharsets.UTF_8), css, found);
            }
        }
        return found;
    }

    private static void scan(String path, String text, boolean css, List<LinkChecker.BrokenLink> found) {
        List<int[]> skipped = new ArrayList<>();
        if (css) {
            Matcher url = CSS_URL.matcher(text);
            while (url.find()) {
                skipped.add(new int[] {url.start(), url.end()});
            }
        }
        List<int[]> hits = new ArrayList<>();
        Matcher absolute = ABSOLUTE.matcher(text);
        while (absolute.find()) {
            if (!NAMESPACES.contains(absolute.group())) {
                hits.add(new int[] {absolute.start(), absolute.end()});
            }
        }
        Matcher relative = PROTOCOL_RELATIVE.matcher(text);
        while (relative.find()) {
            // "https://x" also holds "//x" after a colon, never after a quote: no double count.
            hits.add(new int[] {relative.start(1), relative.end(1)});
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] hit : hits) {
            if (skipped.stream().noneMatch(s -> hit[0] >= s[0] && hit[0] < s[1])) {
                found.add(new LinkChecker.BrokenLink(path + ":" + place(text, hit[0]), text.substring(hit[0], hit[1]), REASON));
            }
        }
    }

    /** "line:column" of an offset, both from 1. */
    private static String place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
