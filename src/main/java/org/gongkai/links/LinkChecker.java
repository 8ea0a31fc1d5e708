package org.gongkai.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.render.Page;

/**
 * Checks every link of the built site before it is written: each {@code href} and {@code src}
 * must be relative and lead to a file of the build, and each {@code #anchor} to an id on the
 * target page. A portal serves the folder as it is, so a broken link found here is one a citizen
 * would have met. Resources from other hosts are refused too (the site must make no request to
 * another host); only a hyperlink a reader follows may lead to another site.
 */
public final class LinkChecker {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z]+)(\\s[^>]*)>");
    private static final Pattern LINK = Pattern.compile("\\s(href|src|srcset|action|poster|data)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)");

    /** A broken link: the page it is on, the link as written, and why it is broken. */
    public record BrokenLink(String page, String link, String reason) {
        @Override
        public String toString() {
            return page + ": " + link + "（" + reason + "）";
        }
    }

    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    public LinkChecker(List<Page> site) {
        for (Page p : site) {
            pages.put(p.path(), p);
        }
    }

    /** Every broken link of the site, in page order. */
    public List<BrokenLink> check() {
        return pages.keySet().stream().sorted().parallel()
                .flatMap(path -> checkPage(path).stream()).toList();
    }

    private List<BrokenLink> checkPage(String path) {
        List<BrokenLink> broken = new ArrayList<>();
        if (path.endsWith(".html")) {
            Matcher tag = TAG.matcher(text(path));
            while (tag.find()) {
                // A hyperlink to another site is navigation, made only when a reader follows it;
                // anything else (stylesheet, script, image, frame) would be a request on page load.
                boolean navigation = tag.group(1).equalsIgnoreCase("a") || tag.group(1).equalsIgnoreCase("area");
                Matcher m = LINK.matcher(tag.group(2));
                while (m.find()) {
                    checkLink(path, m.group(2), navigation, broken);
                }
            }
        } else if (path.endsWith(".css")) {
            Matcher m = CSS_URL.matcher(text(path));
            while (m.find()) {
                checkLink(path, m.group(1), false, broken);
            }
        }
        return broken;
    }

    private void checkLink(String from, String link, boolean navigation, List<BrokenLink> broken) {
        if (link.isEmpty()) {
            broken.add(new BrokenLink(from, link, "空链接"));
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            broken.add(new BrokenLink(from, link, "不是有效的地址"));
            return;
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            if (navigation && List.of("http", "https", "mailto", "tel").contains(uri.getScheme())) {
                return;
            }
            broken.add(new BrokenLink(from, link, "引用其他网站的资源：站点不得向其他主机发出请求"));
            return;
        }
        if (link.startsWith("/")) {
            broken.add(new BrokenLink(from, link, "绝对路径：链接须为相对路径，站点才能放在任意子路径下"));
            return;
        }
        if (uri.getPath() != null && uri.getPath().endsWith("/")) {
            broken.add(new BrokenLink(from, link, "指向文件夹：从磁盘打开时无法显示，请链接到其中的 index.html"));
            return;
        }
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? from : resolve(from, uri.getPath());
        if (target == null || !pages.containsKey(target)) {
            broken.add(new BrokenLink(from, link, "目标文件不存在"));
            return;
        }
        String anchor = uri.getFragment();
        if (anchor != null && !anchor.isEmpty() && !idsOf(target).contains(anchor)) {
            broken.add(new BrokenLink(from, link, "目标页面没有 id 为 \"" + anchor + "\" 的位置"));
        }
    }

    /** Resolves a relative path against the folder of {@code from}; null when it climbs above the root. */
    static String resolve(String from, String relative) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    private Set<String> idsOf(String path) {
        return ids.computeIfAbsent(path, p -> {
            Set<String> found = new HashSet<>();
            Matcher m = ID.matcher(text(p));
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        });
    }

    private String text(String path) {
        return new String(pages.get(path).content(), StandardCharsets.UTF_8);
    }
}
