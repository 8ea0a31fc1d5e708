package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.links.LinkChecker;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.SiteConfig;
import org.gongkai.pipeline.Build;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;
import org.gongkai.site.Links;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml, robots.txt, feed.xml, 404.html and 网站地图, built with and without base_url. */
class PortalFilesTest {

    private static final String BASE = "https://www.example.gov.cn/xxgk/ysjx/";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern HREF_OR_SRC = Pattern.compile("\\b(?:href|src)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void withBaseUrlTheSitemapListsEveryPageByItsAbsoluteAddress() throws Exception {
        Map<String, String> files = build(Sites.write(dir.resolve("src"), PagesTest.SITE)).files;
        Document doc = parse(files.get("sitemap.xml"));
        assertEquals(SITEMAPS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        NodeList locs = doc.getElementsByTagNameNS(SITEMAPS, "loc");
        assertTrue(locs.getLength() > 3, "sitemap.xml lists the pages");
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE), loc);
            assertTrue(files.containsKey(loc.substring(BASE.length())), "no such page: " + loc);
        }
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n", files.get("robots.txt"));
    }

    @Test
    void withBaseUrlTheFeedIsAtomNewestFirstWithAbsoluteLinks() throws Exception {
        Map<String, String> files = build(Sites.write(dir.resolve("src"), PagesTest.SITE)).files;
        Document doc = parse(files.get("feed.xml"));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(BASE + "feed.xml", child(feed, "id").getTextContent());
        NodeList entries = doc.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 1);
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String href = child(e, "link").getAttribute("href");
            assertTrue(href.startsWith(BASE), href);
            assertTrue(files.containsKey(href.substring(BASE.length())), "no such page: " + href);
            assertEquals(href, child(e, "id").getTextContent());
            assertNotNull(child(e, "title"));
            dates.add(child(e, "updated").getTextContent());
        }
        // The fixture's department dates its disclosure 2024-02-15 09:30, in China Standard Time.
        assertTrue(dates.contains("2024-02-15T09:30:00+08:00"), dates.toString());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first");
        assertEquals(dates.get(0), child(feed, "updated").getTextContent());
    }

    /** Three disclosures: dated late, dated early, and one that takes the site's portal.published. */
    @Test
    void theFeedOrdersDisclosuresBy发布日期FallingBackToTheSitesDate() throws Exception {
        Path site = Sites.write(dir.resolve("dated"), Sites.MINIMAL);
        Sites.put(site, "site.yaml", "title: 测试站点\nbase_url: " + BASE + "\nportal:\n  published: 2024-03-01\n");
        String department = Sites.read(site.resolve("content/2023/731001")).get("department.yaml");
        String project = Sites.read(site.resolve("content/2023/731001")).get("projects/P1.yaml");
        Sites.put(site, "content/2023/731001/department.yaml", department + "disclosure:\n  date: 2023-01-20\n");
        for (String code : List.of("731002", "731003")) {
            Sites.put(site, "content/2023/" + code + "/department.yaml", department.replace("731001", code)
                    + (code.equals("731002") ? "disclosure:\n  date: 2024-05-06 10:15\n" : ""));
            Sites.put(site, "content/2023/" + code + "/projects/P" + code + ".yaml", project.replace("code: P1", "code: P" + code));
        }
        Document doc = parse(build(site).files.get("feed.xml"));
        NodeList entries = doc.getElementsByTagNameNS(ATOM, "entry");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            order.add(child(e, "updated").getTextContent() + " " + child(e, "id").getTextContent().substring(BASE.length()));
        }
        assertEquals(List.of("2024-05-06T10:15:00+08:00 2023/731002/index.html",
                "2024-03-01T00:00:00+08:00 2023/731003/index.html",
                "2023-01-20T00:00:00+08:00 2023/731001/index.html"), order);
        assertEquals("2024-05-06T10:15:00+08:00", child(doc.getDocumentElement(), "updated").getTextContent());
    }

    @Test
    void withBaseUrlThe404PageLinksHomeByItsAbsoluteAddressAndLoadsNothing() throws Exception {
        String page = build(Sites.write(dir.resolve("src"), PagesTest.SITE)).files.get("404.html");
        assertEquals(List.of(BASE + "index.html"), references(page));
        assertFalse(page.contains("<link") || page.contains("<script") || page.contains("style"), page);
    }

    @Test
    void withBaseUrlEveryPageNamesItsOwnAbsoluteAddressAsCanonical() throws Exception {
        Map<String, String> files = build(Sites.write(dir.resolve("src"), PagesTest.SITE)).files;
        int pages = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().endsWith(".html") && !file.getKey().equals("404.html")) {
                assertTrue(file.getValue().contains("<link rel=\"canonical\" href=\"" + BASE + file.getKey() + "\">"),
                        file.getKey());
                pages++;
            }
        }
        assertTrue(pages > 3);
    }

    @Test
    void theLinkStageAcceptsAPagesOwnAddressInALinkTagAndNoOther() {
        BaseUrl base = BaseUrl.of(new SiteConfig("t", null, BASE, null, null, null, null, false, null));
        List<Page> site = List.of(
                new Page("a/index.html", "<link rel=\"canonical\" href=\"https://www.example.gov.cn/xxgk/ysjx/a/index.html\">"
                        .getBytes(StandardCharsets.UTF_8)),
                new Page("b.html", "<link rel=\"canonical\" href=\"https://www.example.gov.cn/xxgk/ysjx/a/index.html\">"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("b.html"), new LinkChecker(site, base).check().stream().map(LinkChecker.BrokenLink::page).toList());
        assertEquals(2, new LinkChecker(site).check().size(), "without base_url no absolute address passes");
    }

    @Test
    void withoutBaseUrlThereAreNoCrawlerFilesAndTheCheckSaysWhy() throws Exception {
        Built built = build(Sites.REPO);
        assertFalse(built.files.containsKey("sitemap.xml"));
        assertFalse(built.files.containsKey("robots.txt"));
        assertFalse(built.files.containsKey("feed.xml"));
        assertTrue(built.files.values().stream().noneMatch(text -> text.contains("rel=\"canonical\"")));
        String page = built.files.get("404.html");
        assertEquals(List.of(), references(page), "a 404 page served at any depth can hold no relative reference");
        assertFalse(page.contains("<script") || page.contains("style"), page);
        assertTrue(built.result.findings().stream().anyMatch(f -> f.rule().equals("portal-setting")
                && f.message().contains("sitemap.xml、robots.txt 和 feed.xml 也需要它")), built.result.findings().toString());
    }

    @Test
    void theSiteMapPageLinksEveryProjectAndEveryPageLinksTheSiteMap() throws Exception {
        Built built = build(Sites.REPO.resolve("src/test/resources/two-years"));
        String sitemap = built.files.get("sitemap.html");
        List<String> targets = references(sitemap).stream().map(link -> LinkChecker.resolve("sitemap.html", link)).toList();
        for (var year : built.result.site().years()) {
            assertTrue(targets.contains(Links.year(year.year())));
            for (Department d : year.departments()) {
                assertTrue(targets.contains(Links.department(d)));
                for (Project p : d.projects()) {
                    assertTrue(targets.contains(Links.project(d, p)), Links.project(d, p));
                }
            }
        }
        built.files.forEach((path, text) -> {
            if (path.endsWith(".html") && !path.equals("404.html")) {
                assertTrue(text.contains("href=\"" + Links.root(path) + "sitemap.html\">网站地图</a>"), path);
            }
        });
    }

    private record Built(Build.Result result, Map<String, String> files) {
    }

    private Built build(Path site) throws Exception {
        Path out = dir.resolve("out");
        Build.Result result = new Build(site, out).run();
        return new Built(result, Sites.read(out));
    }

    private static List<String> references(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = HREF_OR_SRC.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Document parse(String xml) throws Exception {
        assertNotNull(xml);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
