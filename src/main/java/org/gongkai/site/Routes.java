package org.gongkai.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Attachment;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Year;

/**
 * The URL scheme of the site, in one table: each kind of page and its path pattern, relative to
 * the output root. Java fills the patterns through {@link #path}, templates through the
 * {@code url} function, and search.js through the patterns exported into search/meta.js; a change of
 * layout is a change here.
 *
 * <p>A pattern's {@code {year}}, {@code {department}}, {@code {project}} and {@code {file}} take
 * their values from the arguments by type: a {@link Department} gives its year and code, a
 * {@link Project} its code, a {@link Year} or a number the year, a string the file name, an
 * {@link Attachment} its path with the characters a URL cannot hold escaped.
 */
public enum Routes {
    HOME("home", "index.html"),
    YEAR("year", "{year}/index.html"),
    DEPARTMENT("department", "{year}/{department}/index.html"),
    PROJECT("project", "{year}/{department}/{project}/index.html"),
    /** The department compared with its previous disclosure: a file, so it can never meet a project folder. */
    COMPARE("compare", "{year}/{department}/compare.html"),
    /** What changed across the site since the year before. */
    CHANGES("changes", "{year}/changes.html"),
    SEARCH("search", "search/index.html"),
    /** The index's table of contents, read by search.js. */
    SEARCH_META("search-meta", "search/meta.js"),
    QUALITY("quality", "quality/index.html"),
    /** 网站地图: every year, department and project as nested lists. */
    SITEMAP("sitemap", "sitemap.html"),
    /** The sitemaps.org file for crawlers; only built when base_url is set. */
    SITEMAP_XML("sitemap-xml", "sitemap.xml"),
    /** Points crawlers at sitemap.xml; only built when base_url is set. */
    ROBOTS("robots", "robots.txt"),
    /** The Atom feed of disclosures by 发布日期; only built when base_url is set. */
    FEED("feed", "feed.xml"),
    /** The page a server shows for a missing address, at any depth. */
    NOT_FOUND("not-found", "404.html"),
    /** A project's data files (projects.csv, data.xlsx, data.json…): files, so they never meet a folder. */
    PROJECT_DATA("project-data", "{year}/{department}/{project}/{file}"),
    /** A department's data files, beside its page. */
    DEPARTMENT_DATA("department-data", "{year}/{department}/{file}"),
    /** A year's bulk data and its datapackage.json. */
    YEAR_DATA("year-data", "data/{year}/{file}"),
    /** The whole site's bulk data and its datapackage.json. */
    SITE_DATA("site-data", "data/{file}"),
    /** The static JSON API: the years, with links to each year's departments and projects. */
    API_INDEX("api-index", "api/index.json"),
    /** The static JSON API: one year's departments and projects. */
    API_YEAR("api-year", "api/{year}.json"),
    /** A static file of the theme (style.css, search.js…). */
    ASSET("asset", "assets/{file}"),
    /** A file attached to a department or project, at its path in the site folder (attachments/…). */
    ATTACHMENT("attachment", "{file}");

    private final String id;
    private final String pattern;
    /** The pattern cut at its placeholders: literal, name, literal, name… */
    private final List<String> parts;

    Routes(String id, String pattern) {
        this.id = id;
        this.pattern = pattern;
        this.parts = split(pattern);
    }

    /** The name templates use: {@code {{ url('project', department, project) }}}. */
    public String id() {
        return id;
    }

    /** The path with its placeholders, as search.js fills it. */
    public String pattern() {
        return pattern;
    }

    /** The route named {@code id}, or null. */
    public static Routes named(String id) {
        for (Routes r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** Every route's id and pattern, in table order. */
    public static Map<String, String> patterns() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Routes r : values()) {
            all.put(r.id, r.pattern);
        }
        return all;
    }

    /** This route's path for {@code values}, relative to the output root. */
    public String path(Object... values) {
        String year = null;
        String department = null;
        String project = null;
        String file = null;
        for (Object v : values) {
            if (v instanceof Department d) {
                year = Integer.toString(d.year());
                department = d.code();
            } else if (v instanceof Project p) {
                project = p.code();
            } else if (v instanceof Year y) {
                year = Integer.toString(y.year());
            } else if (v instanceof Number n) {
                year = Long.toString(n.longValue());
            } else if (v instanceof String s) {
                file = s;
            } else if (v instanceof Attachment a) {
                file = UrlPath.encode(a.path());
            } else {
                throw new IllegalArgumentException("路径 " + id + " 不接受参数 " + v);
            }
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String value = switch (parts.get(i)) {
                case "year" -> year;
                case "department" -> department;
                case "project" -> project;
                default -> file;
            };
            if (value == null) {
                throw new IllegalArgumentException("路径 " + id + "（" + pattern + "）缺少 {" + parts.get(i) + "}");
            }
            out.append(value);
        }
        return out.toString();
    }

    private static List<String> split(String pattern) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        int open;
        while ((open = pattern.indexOf('{', at)) >= 0) {
            int close = pattern.indexOf('}', open);
            parts.add(pattern.substring(at, open));
            parts.add(pattern.substring(open + 1, close));
            at = close + 1;
        }
        parts.add(pattern.substring(at));
        return parts;
    }
}
