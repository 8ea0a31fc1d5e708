package org.gongkai.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.model.Department;
import org.gongkai.model.Portal;
import org.gongkai.model.SiteConfig;
import org.gongkai.site.Links;
import org.gongkai.site.Routes;

/**
 * The meta tags that government-portal harvesters read (SiteName … Author, Image, Url), for one page, in the
 * order portals document them. Tags without a value are left out rather than printed empty; the
 * validate stage warns about the settings a portal requires.
 */
final class PortalMeta {

    static final String DEFAULT_COLUMN = "部门预算绩效目标";
    private static final int DESCRIPTION_LENGTH = 120;

    private PortalMeta() {
    }

    /** A page of the whole site (home, year): its publication date is the site's. */
    static Map<String, String> site(SiteConfig site, String path, String title) {
        Portal p = site.portal();
        return of(site, path, title, keywords(site), site.description(), p.published(),
                p.contentSource() != null ? p.contentSource() : site.title());
    }

    /**
     * A page of one department's disclosure: dated and sourced by the department.
     * {@code description} is plain text (callers turn Markdown into text first).
     */
    static Map<String, String> department(SiteConfig site, Department d, String path, String title,
            String keywords, String description) {
        String date = d.disclosure().date() != null ? d.disclosure().date() : site.portal().published();
        String source = d.disclosure().publisher() != null ? d.disclosure().publisher() : d.name();
        return of(site, path, title, keywords, description, date, source);
    }

    private static Map<String, String> of(SiteConfig site, String path, String title, String keywords,
            String description, String date, String source) {
        Portal p = site.portal();
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "SiteName", p.siteName() != null ? p.siteName() : site.title());
        put(meta, "SiteDomain", p.siteDomain());
        put(meta, "SiteIDCode", p.siteIdCode());
        put(meta, "ColumnName", p.columnName() != null ? p.columnName() : DEFAULT_COLUMN);
        put(meta, "ColumnDescription", p.columnDescription() != null ? p.columnDescription() : site.description());
        put(meta, "ColumnKeywords", keywords(site));
        put(meta, "ColumnType", p.columnType());
        put(meta, "ArticleTitle", title);
        put(meta, "PubDate", date == null ? null : date.length() == 10 ? date + " 00:00" : date);
        put(meta, "ContentSource", source);
        put(meta, "Keywords", keywords);
        put(meta, "Author", p.author());
        put(meta, "Description", clip(description));
        put(meta, "Image", p.image() == null ? null : address(site, path, Routes.ASSET.path(p.imageAsset())));
        put(meta, "Url", address(site, path, path));
        return meta;
    }

    /** A file's published address when base_url is set; else, for the image, its address from the page. */
    private static String address(SiteConfig site, String page, String file) {
        if (site.baseUrl() == null) {
            return file.equals(page) ? null : Links.root(page) + file;
        }
        return (site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/") + file;
    }

    private static String keywords(SiteConfig site) {
        return site.portal().columnKeywords() != null ? site.portal().columnKeywords() : "预算,绩效目标,部门预算,政府信息公开";
    }

    private static void put(Map<String, String> meta, String name, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(name, value);
        }
    }

    /** A description cut at a readable length, on one line. */
    static String clip(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("\\s+", " ").strip();
        return plain.length() <= DESCRIPTION_LENGTH ? plain : plain.substring(0, DESCRIPTION_LENGTH) + "…";
    }
}
