package org.gongkai.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.parallel.Copies;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;

/**
 * Checks every link of the built site: each {@code href}, {@code src} and
 * {@code srcset} URL of a tag (as a browser reads the tags: {@link HtmlAttributes}) must be relative and lead to a file of the build, and each {@code #anchor} to an id on the
 * target page. A portal serves the folder as it is, so a broken link found here is one a citizen
 * would have met. Resources from other hosts are refused too (the site must make no request to
 * another host); only a hyperlink a reader follows may lead to another site, and in a build only to
 * a host that the site's own settings or prose name (the MIIT record, a 找错 service, 政务新媒体…):
 * anything else a template adds is refused. The links out that passed are kept for the summary.
 *
 * <p>Each page is {@linkplain #add read} once, as it is made, and only what the check needs is
 * kept: its links (resolved to the file they name) and its ids. The page's bytes can then go, so
 * a large site is checked without holding its pages. What can be judged from the page alone (an
 * empty or absolute link, another host, an anchor on the same page) is judged then; whether a
 * target file exists, and holds the anchor, waits for {@link #check}, when every page is known.
 * {@code add} may be called from many threads at once.
 *
 * <p>Pages are scanned as bytes ({@link HtmlAttributes}): markup and our links are ASCII, so no
 * page is decoded or copied to be read — this stage reads every byte of a large site. Only a
 * link's or an id's own bytes are made text. A stylesheet is read as Latin-1 text for its
 * {@code url(…)}s.
 */
public final class LinkChecker {

    /** Where a page names another file; only {@code <a>} and {@code <area>} hrefs are navigation. */
    private static final HtmlAttributes.Names LINK_AND_ID = HtmlAttributes.names(Set.of("href", "src", "srcset", "id"));
    private static final HtmlAttributes.Names ID = HtmlAttributes.names(Set.of("id"));
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)");
    private static final String[] NONE = {};

    /** A broken link: the page it is on, the link as written, and why it is broken. */
    public record BrokenLink(String page, String link, String reason) {
        /** This link as the diagnostic it is printed as: {@code page: link（reason）}. */
        public Diagnostic diagnostic() {
            return Diagnostic.error(page, 0, 0, link + "（" + reason + "）");
        }

        @Override
        public String toString() {
            return DiagnosticPrinter.line(diagnostic());
        }
    }

    /**
     * One link of a page as the check keeps it: already broken ({@code reason} set), or waiting to
     * learn whether {@code target} exists and holds {@code anchor} (null: no anchor to check).
     */
    public record Ref(String link, String target, String anchor, String reason) {
        // Written out: a record's own equals and hashCode go through method handles, slow in the
        // C1-compiled code a build runs, and every link of every page is looked up by them.
        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && java.util.Objects.equals(link, r.link) && java.util.Objects.equals(target, r.target)
                    && java.util.Objects.equals(anchor, r.anchor) && java.util.Objects.equals(reason, r.reason);
        }

        @Override
        public int hashCode() {
            int h = link == null ? 0 : link.hashCode();
            h = 31 * h + (target == null ? 0 : target.hashCode());
            h = 31 * h + (anchor == null ? 0 : anchor.hashCode());
            return 31 * h + (reason == null ? 0 : reason.hashCode());
        }
    }

    /**
     * What is kept of a page: its links in page order, its ids, sorted, for a binary search, and
     * the links to other hosts that passed. A build cache keeps it for a page the next build does
     * not make again ({@link #keep}).
     */
    public record Scanned(Ref[] refs, String[] ids, String[] external) {
    }

    /** Sized, as the copies below, for a site of thousands of pages. */
    private final Map<String, Scanned> pages = new ConcurrentHashMap<>(1 << 14);
    /** One copy of each link, target and id text: most repeat on every page (the home page, the stylesheet). */
    private final Copies<String> texts = new Copies<>(1 << 16);
    /**
     * One copy of each link as kept: pages at one depth share their links to the home page, the
     * year, the stylesheet. At 50,000 projects this keeps the check's memory to a few megabytes.
     */
    private final Copies<Ref> sharedRefs = new Copies<>(1 << 16);
    /** site.yaml base_url, or null: a page's {@code <link>} may name its own absolute address (rel=canonical). */
    private final BaseUrl base;
    /** The hosts a hyperlink may lead to (lower case), or null when any may. */
    private final Set<String> hosts;

    /** A checker to {@link #add} pages to as they are made. */
    public LinkChecker(BaseUrl base) {
        this(base, null);
    }

    /** {@code named}: the addresses the site names; a hyperlink to another host must be to one of their hosts. */
    public LinkChecker(BaseUrl base, Collection<String> named) {
        this.base = base;
        this.hosts = named == null ? null : named.stream().map(LinkChecker::host).filter(h -> h != null)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public LinkChecker(List<Page> site) {
        this(site, null);
    }

    public LinkChecker(List<Page> site, BaseUrl base) {
        this(site, base, null);
    }

    public LinkChecker(List<Page> site, BaseUrl base, Collection<String> named) {
        this(base, named);
        site.parallelStream().forEach(this::add);
    }

    /** The hyperlinks to other hosts that passed, sorted. */
    public List<String> externalLinks() {
        return pages.values().stream().flatMap(s -> Arrays.stream(s.external())).distinct().sorted().toList();
    }

    /** What was kept of each page, by path. */
    public Map<String, Scanned> scanned() {
        return pages;
    }

    /** Takes a page's links as an earlier check kept them: the page is the same file as then. */
    public void keep(String path, Scanned scanned) {
        pages.put(path, scanned);
    }

    /** The host of an http(s) address, lower case, or null. */
    static String host(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int end = scheme + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(scheme + 3, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        String host = port >= 0 ? authority.substring(0, port) : authority;
        if (host.indexOf('%') >= 0) { // a name in Chinese as the Markdown renderer escapes it
            try {
                host = java.net.URLDecoder.decode(host, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return host;
            }
        }
        return host.toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads one page of the site: its links and ids are kept, its bytes are not. */
    public void add(Page page) {
        String path = page.path();
        List<Ref> refs = new ArrayList<>(32);
        List<String> external = new ArrayList<>(0);
        String[] ids = NONE;
        if (path.endsWith(".html")) {
            // One pass for the links and the page's own ids (most anchors are on the same page).
            List<HtmlAttributes.Attribute> attributes = HtmlAttributes.of(page.content(), LINK_AND_ID);
            ids = idsIn(attributes);
            for (HtmlAttributes.Attribute a : attributes) {
                if (a.name().equals("id")) {
                    continue;
                }
                boolean navigation = a.tag().equals("a") || a.tag().equals("area");
                if (base != null && a.tag().equals("link") && a.value().equals(base.absolute(path))) {
                    continue; // the page's own published address, which a browser never loads
                }
                if (a.name().equals("srcset")) {
                    for (String url : Srcset.urls(a.value())) {
                        checkLink(path, url, false, ids, refs, external);
                    }
                } else {
                    checkLink(path, a.value(), navigation, ids, refs, external);
                }
            }
        } else if (path.endsWith(".css")) {
            Matcher m = CSS_URL.matcher(latin1(page));
            while (m.find()) {
                checkLink(path, utf8(m.group(1)), false, ids, refs, external);
            }
        } else if (path.endsWith(".svg")) {
            ids = idsIn(HtmlAttributes.of(page.content(), ID)); // a target of "icons.svg#name"
        }
        pages.put(path, new Scanned(refs.toArray(Ref[]::new), ids,
                external.isEmpty() ? NONE : external.toArray(String[]::new)));
    }

    /** Every broken link of the site, in page order. */
    public List<BrokenLink> check() {
        return pages.keySet().stream().sorted().parallel()
                .flatMap(path -> checkPage(path).stream()).toList();
    }

    private List<BrokenLink> checkPage(String path) {
        List<BrokenLink> broken = new ArrayList<>();
        for (Ref ref : pages.get(path).refs()) {
            if (ref.reason() != null) {
                broken.add(new BrokenLink(path, ref.link(), ref.reason()));
                continue;
            }
            Scanned target = pages.get(ref.target());
            if (target == null) {
                broken.add(new BrokenLink(path, ref.link(), "目标文件不存在"));
            } else if (ref.anchor() != null && Arrays.binarySearch(target.ids(), ref.anchor()) < 0) {
                broken.add(new BrokenLink(path, ref.link(), anchorMissing(ref.anchor())));
            }
        }
        return broken;
    }

    private void checkLink(String from, String link, boolean navigation, String[] ownIds, List<Ref> refs,
            List<String> external) {
        if (link.isEmpty()) {
            refs.add(broken(link, "空链接"));
            return;
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String anchor = hash < 0 ? null : link.substring(hash + 1);
        if (path.indexOf(':') >= 0 || path.startsWith("//") || path.indexOf('?') >= 0 || path.indexOf('%') >= 0) {
            checkUnusual(from, link, navigation, ownIds, refs, external);
            return;
        }
        checkTarget(from, link, path, anchor, ownIds, refs);
    }

    /** A relative link, cut into its decoded path and anchor: the file must be in the build, the anchor on it. */
    private void checkTarget(String from, String link, String path, String anchor, String[] ownIds, List<Ref> refs) {
        if (path.startsWith("/")) {
            refs.add(broken(link, "绝对路径：链接须为相对路径，站点才能放在任意子路径下"));
            return;
        }
        if (path.endsWith("/")) {
            refs.add(broken(link, "指向文件夹：从磁盘打开时无法显示，请链接到其中的 index.html"));
            return;
        }
        boolean hasAnchor = anchor != null && !anchor.isEmpty();
        if (path.isEmpty()) {
            // The page itself: judged now, from its own ids.
            if (hasAnchor && Arrays.binarySearch(ownIds, anchor) < 0) {
                refs.add(broken(link, anchorMissing(anchor)));
            }
            return;
        }
        String target = resolve(from, path);
        if (target == null) {
            refs.add(broken(link, "目标文件不存在"));
            return;
        }
        refs.add(sharedRefs.of(new Ref(texts.of(link), texts.of(target), hasAnchor ? texts.of(anchor) : null, null)));
    }

    private Ref broken(String link, String reason) {
        return sharedRefs.of(new Ref(texts.of(link), null, null, reason));
    }

    private static String anchorMissing(String anchor) {
        return "目标页面没有 id 为 \"" + anchor + "\" 的位置";
    }

    /** Links with a scheme, a query or escapes: rare in our pages, so read with the full URI rules. */
    private void checkUnusual(String from, String link, boolean navigation, String[] ownIds, List<Ref> refs,
            List<String> external) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            refs.add(broken(link, "不是有效的地址"));
            return;
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            if (!navigation || !List.of("http", "https", "mailto", "tel").contains(uri.getScheme())) {
                refs.add(broken(link, "引用其他网站的资源：站点不得向其他主机发出请求"));
            } else if (uri.getScheme().startsWith("http")) {
                if (hosts != null && !hosts.contains(host(link))) {
                    refs.add(broken(link, "链接到其他网站：只能链接到 site.yaml 的设置或各部门文字中写明的网址"));
                } else {
                    external.add(link);
                }
            }
            return;
        }
        String decoded = (uri.getPath() == null ? "" : uri.getPath())
                + (uri.getFragment() == null ? "" : "#" + uri.getFragment());
        if (decoded.equals(link) || decoded.isEmpty()) {
            refs.add(broken(link, "不是有效的站内地址"));
            return;
        }
        // Decoded, a path may hold "#" or "?" (a file named "原文#1.docx"): it is not cut again.
        checkTarget(from, link, uri.getPath() == null ? "" : uri.getPath(), uri.getFragment(), ownIds, refs);
    }

    /** Resolves a relative path against the folder of {@code from}; null when it climbs above the root. */
    public static String resolve(String from, String relative) {
        // The common form, "../../assets/style.css": climb, then descend, with no dot segment inside.
        int up = 0;
        int i = 0;
        while (relative.startsWith("../", i)) {
            up++;
            i += 3;
        }
        String rest = relative.substring(i);
        if (rest.startsWith("./") || rest.contains("/./") || rest.contains("/../") || rest.equals("..")
                || rest.endsWith("/..") || rest.equals(".")) {
            return resolveSegments(from, relative);
        }
        int end = from.lastIndexOf('/');
        for (int k = 0; k < up; k++) {
            if (end < 0) {
                return null;
            }
            end = from.lastIndexOf('/', end - 1);
        }
        return end < 0 ? rest : from.substring(0, end + 1) + rest;
    }

    private static String resolveSegments(String from, String relative) {
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

    /** The page's ids, sorted, each text shared with the other pages. */
    private String[] idsIn(List<HtmlAttributes.Attribute> attributes) {
        List<String> found = new ArrayList<>(attributes.size());
        for (HtmlAttributes.Attribute a : attributes) {
            if (a.name().equals("id")) {
                found.add(texts.of(a.value()));
            }
        }
        if (found.isEmpty()) {
            return NONE;
        }
        String[] ids = found.toArray(String[]::new);
        Arrays.sort(ids);
        return ids;
    }

    private static String latin1(Page page) {
        return new String(page.content(), StandardCharsets.ISO_8859_1);
    }

    /** Text cut from a Latin-1 view back to what it says (links and ids may hold Chinese). */
    private static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) > 0x7f) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }
}
