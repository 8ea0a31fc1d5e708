package org.gongkai.incremental;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongkai.data.DataFiles;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.render.AttachmentFiles;
import org.gongkai.render.ComparePage;
import org.gongkai.render.Comparisons;
import org.gongkai.render.DepartmentPage;
import org.gongkai.render.PageType;
import org.gongkai.render.ProjectPage;
import org.gongkai.render.QualityPage;
import org.gongkai.render.Theme;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * What a change to some departments makes again, and which files of the build before it leaves
 * stale: the one plan behind serve's partial updates ({@link LiveBuild}) and a build from its
 * cache. The reach of a change is {@link Dependencies}': the changed departments' own pages (only
 * the edited projects' pages when the department's {@link Dependencies#listing listing} stayed the
 * same), the same departments' pages in the years either side, the pages that list departments
 * when a listing changed, the changes and quality pages, and the data files of those departments
 * and of the year and the site.
 */
public final class Rerender {

    private final Set<String> own;
    private final Map<String, Set<String>> edited;
    private final boolean narrow;
    private final boolean listingsChanged;
    private final boolean findingsSame;
    private final Comparisons comparisons;
    /** The output folders ("2024/731001/") whose data files are made again. */
    private final Set<String> folders = new HashSet<>();
    /** The department, compare and project pages of the build before that are made again or gone. */
    private final Set<String> stalePages = new HashSet<>();

    /**
     * The plan for the departments {@code changed} ("2024/731001") between {@code before} and
     * {@code after}: of them, {@code whole} changed beyond their project files, and {@code edited}
     * names the project files changed (by code) of each. {@code ownTemplates}: the site draws its
     * pages with templates of its own, which may read more than a listing. {@code findingsSame}:
     * the check found what it found before, so the quality page stays as it was unless a listing
     * changed. {@code comparisons} is null for a site of one year.
     */
    public Rerender(Site before, Site after, Set<String> changed, Set<String> whole, Map<String, Set<String>> edited,
            boolean ownTemplates, boolean findingsSame, Comparisons comparisons) {
        this.edited = Map.copyOf(edited);
        this.findingsSame = findingsSame;
        this.comparisons = comparisons;
        boolean listings = ownTemplates;
        for (String key : changed) {
            Department was = find(before, key);
            Department now = find(after, key);
            listings |= was == null || now == null || !Dependencies.listing(was).equals(Dependencies.listing(now));
        }
        this.listingsChanged = listings;
        this.narrow = whole.isEmpty() && !listings;
        this.own = Dependencies.ownPagesToRender(after, changed);
        for (String key : narrow ? edited.keySet() : own) {
            for (Site side : List.of(before, after)) {
                Department d = find(side, key);
                if (d != null) {
                    folders.add(folder(d));
                }
            }
        }
        for (String key : narrow ? Set.<String>of() : own) {
            Department d = find(before, key);
            if (d != null) {
                stalePages.add(Links.department(d));
                stalePages.add(Links.compare(d));
                d.projects().forEach(p -> stalePages.add(Links.project(d, p)));
            }
        }
    }

    /**
     * The files of {@code type} to make again for {@code site}, or null when the type makes none.
     * {@code later}: with the files {@linkplain Dependencies#madeLater made from the whole site} (the
     * year's and the site's data), which serve makes in the background instead.
     */
    public Stream<Page> pages(PageType type, Site site, Theme theme, boolean later) {
        Predicate<Department> mine = d -> own.contains(Dependencies.key(d));
        if (type instanceof DepartmentPage) {
            return narrow ? null : new DepartmentPage(mine).render(site, theme);
        }
        if (type instanceof ProjectPage) {
            PageType scoped = !narrow ? new ProjectPage(mine)
                    : new ProjectPage(d -> edited.containsKey(Dependencies.key(d)),
                            (d, p) -> edited.get(Dependencies.key(d)).contains(p.code()));
            return scoped.render(site, theme);
        }
        if (Dependencies.writesData(type)) {
            // A department's own data files; the year's and the site's when asked.
            return type.render(site, theme).filter(p -> Dependencies.madeLater(p.path())
                    ? later : under(p.path(), folders));
        }
        if (type instanceof ComparePage) {
            return new ComparePage(comparisons, mine).render(site, theme);
        }
        if (type instanceof AttachmentFiles) {
            return type.render(site, theme); // all copied again: one folder, never a page's own
        }
        if (Dependencies.readsNoDepartment(type) || Dependencies.readsListings(type) && !listingsChanged
                || type instanceof QualityPage && findingsSame && !listingsChanged) {
            return null;
        }
        return type.render(site, theme);
    }

    /** Whether a file of the build before is stale: made again, or gone with what it showed. */
    public boolean stale(String path) {
        if (DataFiles.isData(path)) {
            return under(path, folders) || Dependencies.madeLater(path);
        }
        return Dependencies.madeLater(path) || path.startsWith("attachments/") || stalePages.contains(path);
    }

    static Department find(Site s, String key) {
        for (Year y : s.years()) {
            for (Department d : y.departments()) {
                if (Dependencies.key(d).equals(key)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String folder(Department d) {
        String page = Links.department(d);
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    private static boolean under(String path, Set<String> folders) {
        int slash = path.indexOf('/', path.indexOf('/') + 1);
        return slash > 0 && folders.contains(path.substring(0, slash + 1));
    }
}
