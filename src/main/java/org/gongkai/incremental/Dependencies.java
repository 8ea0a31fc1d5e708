package org.gongkai.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Budget;
import org.gongkai.model.BudgetUnit;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.render.AtomFeed;
import org.gongkai.render.CrawlerFiles;
import org.gongkai.render.HomePage;
import org.gongkai.render.NotFoundPage;
import org.gongkai.render.PageType;
import org.gongkai.render.SearchPage;
import org.gongkai.render.SitemapPage;
import org.gongkai.render.Theme;
import org.gongkai.render.YearPage;

/**
 * What an input change touches. The site's inputs are site.yaml, the theme (templates/, assets/),
 * attachments/ and content/&lt;year&gt;/&lt;department&gt;/. Every page shows the settings, is drawn
 * by the theme and names every year (the year links in its header), so site.yaml, a template, an
 * asset or a year appearing or going means every page; so does an attachment, simply. A
 * department's files feed:
 * <ul>
 * <li>its own pages (the department page, its project pages, its compare page), all under its
 * folder {@code <year>/<code>/} in the output — only the edited projects' pages (and the compare
 * pages) when the edit leaves the department's {@link #listing} as it was;</li>
 * <li>the same department's pages in the years either side: their compare page compares with
 * it, and their department page links to a compare page only when it exists;</li>
 * <li>the pages that list departments or sum them: home, the year pages, 网站地图, sitemap.xml
 * and feed.xml, which read only a department's {@link #listing} and are rendered again only when
 * that changes; the changes pages (which compare everything, rendered again on any change); the
 * 数据质量 page (rendered again when the findings or a listing change); the search index (made again after
 * every change).</li>
 * </ul>
 */
public final class Dependencies {

    /**
     * The folders of the site a build reads, beside site.yaml: content/, and the theme, the
     * attachments, any change to which reaches every page. Serve watches them; a build's cache
     * hashes every file in them.
     */
    public static final List<String> INPUT_FOLDERS = List.of(SiteLoader.CONTENT_DIR, Theme.TEMPLATES_DIR,
            Theme.ASSETS_DIR, SiteLoader.ATTACHMENTS_DIR);

    private Dependencies() {
    }

    /** What a changed file reaches: nothing, one department ("2024/731001"), or the whole site. */
    public record Scope(Kind kind, String department, String project) {

        static final Scope NONE = new Scope(Kind.NONE, null, null);
        static final Scope SITE = new Scope(Kind.SITE, null, null);

        /** A department's file; {@code project} is the project's code for a project file, else null. */
        static Scope department(String year, String code, String project) {
            return new Scope(Kind.DEPARTMENT, year + "/" + code, project);
        }
    }

    public enum Kind { NONE, DEPARTMENT, SITE }

    /**
     * The scope of a change to {@code file} in the site folder {@code siteDir} (both absolute, or both
     * relative to the same folder). Hidden files and editors' backups (".#a.yaml", "a.yaml~") are
     * read by no build, and files outside the inputs (the output folder) reach nothing.
     */
    public static Scope of(Path siteDir, Path file) {
        Path rel;
        try {
            rel = siteDir.normalize().relativize(file.normalize());
        } catch (IllegalArgumentException e) {
            return Scope.NONE;
        }
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        if (parts.isEmpty() || parts.get(0).equals("..") || parts.get(0).isEmpty()) {
            return Scope.NONE;
        }
        for (String part : parts) {
            if (part.startsWith(".") || part.endsWith("~")) {
                return Scope.NONE;
            }
        }
        String first = parts.get(0);
        if (parts.size() == 1 && first.equals(SiteLoader.SITE_FILE)) {
            return Scope.SITE;
        }
        if (!INPUT_FOLDERS.contains(first)) {
            return Scope.NONE;
        }
        // The theme, or an attachment (copied as it is, its size shown on its department's or project's page).
        if (!first.equals(SiteLoader.CONTENT_DIR)) {
            return Scope.SITE;
        }
        // content/ itself or a year folder: years may come or go, which every page's header shows.
        if (parts.size() < 3) {
            return Scope.SITE;
        }
        String name = parts.get(parts.size() - 1);
        if (parts.size() == 5 && parts.get(3).equals("projects")) {
            if (name.endsWith(".yaml")) {
                return Scope.department(parts.get(1), parts.get(2), name.substring(0, name.length() - ".yaml".length()));
            }
            if (!name.endsWith(".yml")) {
                return Scope.NONE; // The loader reads only YAML files in projects/ (an editor's temporary file).
            }
        }
        return Scope.department(parts.get(1), parts.get(2), null);
    }

    /** "2024/731001": how a department is named in scopes. */
    public static String key(Department d) {
        return d.year() + "/" + d.code();
    }

    /** The output folder of a department's own pages, "2024/731001/" (see {@link org.gongkai.site.Routes}). */
    public static String ownFolder(String key) {
        return key + "/";
    }

    /**
     * The departments whose own pages re-render when the departments {@code changed} changed in
     * {@code site}: those that exist, and the same codes in the years either side.
     */
    public static Set<String> ownPagesToRender(Site site, Set<String> changed) {
        List<Integer> years = site.years().stream().map(Year::year).sorted().toList();
        Set<String> keys = new LinkedHashSet<>();
        for (String key : changed) {
            int slash = key.indexOf('/');
            String code = key.substring(slash + 1);
            int year;
            try {
                year = Integer.parseInt(key.substring(0, slash));
            } catch (NumberFormatException e) {
                continue;
            }
            keys.add(key);
            int i = years.indexOf(year);
            if (i > 0) {
                keys.add(years.get(i - 1) + "/" + code);
            }
            if (i >= 0 && i + 1 < years.size()) {
                keys.add(years.get(i + 1) + "/" + code);
            }
        }
        return keys;
    }

    /**
     * What the pages that list departments read of one (home, year pages and their charts, 网站地图,
     * sitemap.xml, feed.xml), and what its own department page and its projects' previous/next links
     * read of its projects: its names, code, unit, disclosure, totals, and each project's code, name
     * and amounts. When an edit of project files leaves this the same (an indicator, a text, a
     * schedule), only those projects' pages change.
     */
    public record Listing(String code, String name, String shortName, boolean codeDisclosed, String unit,
            List<BudgetUnit> units, Disclosure disclosure, Budget totals, List<ProjectLine> projects) {
    }

    /** A project as a listing reads it. */
    public record ProjectLine(String code, String name, Integer order, Budget budget, String moneyUnit, String unit,
            String amountUnit, boolean codeDisclosed) {
    }

    public static Listing listing(Department d) {
        return new Listing(d.code(), d.name(), d.shortName(), d.codeDisclosed(), d.unit(), d.units(), d.disclosure(),
                d.totals(), d.projects().stream()
                        .map(p -> new ProjectLine(p.code(), p.name(), p.order(), p.budget(), p.moneyUnit(d), p.unit(),
                                p.amountUnit(), p.codeDisclosed()))
                        .toList());
    }

    /** The page types whose pages read departments only through their {@link #listing}. */
    public static boolean readsListings(PageType type) {
        return type instanceof HomePage || type instanceof YearPage || type instanceof SitemapPage
                || type instanceof CrawlerFiles || type instanceof AtomFeed;
    }

    /** The page types of the data files (CSV, XLSX, JSON): each department's own, and the year's and site's bulk ones. */
    public static boolean writesData(PageType type) {
        return type instanceof org.gongkai.data.CsvFiles || type instanceof org.gongkai.data.XlsxFiles
                || type instanceof org.gongkai.data.JsonFiles || type instanceof org.gongkai.data.SiteBulkCopies
                || type instanceof org.gongkai.data.PackageFiles
                || type instanceof org.gongkai.data.ApiFiles;
    }

    /**
     * Files made from the whole site after the pages, as the search index is: the search index, the
     * bulk data of each year and of the site, and the JSON API. A partial update makes them anew in
     * the background; a request for one waits for them.
     */
    public static boolean madeLater(String path) {
        return path.startsWith("search/") && !path.equals("search/index.html") || path.startsWith("data/")
                || path.startsWith("api/");
    }

    /** The page types that read no department at all: only the settings and the years, which a partial update keeps. */
    public static boolean readsNoDepartment(PageType type) {
        return type instanceof NotFoundPage || type instanceof SearchPage;
    }
}
