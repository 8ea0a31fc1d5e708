package org.gongkai.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.data.DataFiles;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.links.AssetHosts;
import org.gongkai.links.LinkChecker;
import org.gongkai.load.LoadException;
import org.gongkai.load.Problem;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.pipeline.Build;
import org.gongkai.pipeline.ThemeAssets;
import org.gongkai.render.Comparisons;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.search.SearchIndex;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;

/**
 * A site built in memory and kept up to date as its files change: the first build and any change
 * to site.yaml, the theme or the set of years render everything; a change inside department
 * folders reads those departments again, re-checks them, and re-renders their own pages and the
 * pages that list departments ({@link Dependencies}). The pages are the same bytes a build
 * writes.
 *
 * <p>While the inputs have an error (a file that does not load, a check error, a template error),
 * {@link #view} carries every diagnostic instead of stale pages, and the changes seen since the
 * last good build are kept, so the next update after the fix covers them all. The search index,
 * the slowest part, is made after the pages, in the background; {@link View#search} completes
 * when it is ready. A partial update runs no link check (a full one does, as a build does).
 */
public final class LiveBuild implements AutoCloseable {

    /** What is served now: the pages (assets included), the errors that replace them, the search index to come. */
    public record View(Map<String, byte[]> pages, List<Diagnostic> errors,
            CompletableFuture<Map<String, byte[]>> search) {
    }

    /** What one update did: pages rendered, whether it rebuilt everything, and the errors it met. */
    public record Outcome(int rendered, boolean whole, List<Diagnostic> errors) {
    }

    private final Path siteDir;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gongkai-search-index");
        t.setDaemon(true);
        return t;
    });

    // The last good build.
    private Site site;
    private Theme theme;
    private Map<String, List<Finding>> departmentFindings = Map.of();
    private List<Finding> findings = List.of();
    private Map<String, byte[]> pages = Map.of();
    // What changed since the last good build.
    private final Set<String> pending = new LinkedHashSet<>();
    /** Of the departments pending, those changed beyond their project files, whose pages all re-render. */
    private final Set<String> pendingWhole = new HashSet<>();
    /** Of the departments pending, the project files changed (codes). */
    private final Map<String, Set<String>> pendingProjects = new HashMap<>();
    private boolean pendingSite = true;

    private volatile View view = new View(Map.of(), List.of(), CompletableFuture.completedFuture(Map.of()));

    public LiveBuild(Path siteDir) throws IOException {
        this.siteDir = siteDir.toRealPath();
    }

    /** The site folder as its files are named in change events (links resolved). */
    public Path siteDir() {
        return siteDir;
    }

    public View view() {
        return view;
    }

    /** Builds everything (the first build). */
    public synchronized Outcome build() {
        pendingSite = true;
        return run();
    }

    /** Brings the site up to date with the files {@code changed}; null when none of them is an input. */
    public synchronized Outcome update(Collection<Path> changed) {
        boolean any = false;
        for (Path file : changed) {
            Dependencies.Scope scope = Dependencies.of(siteDir, file);
            if (scope.kind() == Dependencies.Kind.SITE) {
                pendingSite = true;
                any = true;
            } else if (scope.kind() == Dependencies.Kind.DEPARTMENT) {
                pending.add(scope.department());
                if (scope.project() == null) {
                    pendingWhole.add(scope.department());
                } else {
                    pendingProjects.computeIfAbsent(scope.department(), k -> new HashSet<>()).add(scope.project());
                }
                any = true;
            }
        }
        return any ? run() : null;
    }

    private Outcome run() {
        boolean whole = pendingSite || site == null;
        try {
            int rendered = whole ? whole() : part(Set.copyOf(pending));
            pending.clear();
            pendingWhole.clear();
            pendingProjects.clear();
            pendingSite = false;
            return new Outcome(rendered, whole, List.of());
        } catch (LoadException e) {
            return failed(whole, e.problems().stream().map(Problem::diagnostic).toList());
        } catch (Theme.TemplateException e) {
            return failed(whole, List.of(e.diagnostic()));
        } catch (InputErrors e) {
            return failed(whole, e.diagnostics);
        }
    }

    private Outcome failed(boolean whole, List<Diagnostic> errors) {
        View before = view;
        view = new View(before.pages(), List.copyOf(errors), before.search());
        return new Outcome(0, whole, view.errors());
    }

    /** Errors a build stops on that are not thrown as such by the stages: check errors, broken links. */
    private static final class InputErrors extends Exception {
        final transient List<Diagnostic> diagnostics;

        InputErrors(List<Diagnostic> diagnostics) {
            super(null, null, false, false);
            this.diagnostics = diagnostics;
        }
    }

    private int whole() throws LoadException, InputErrors {
        // Drafts stay in: serve previews them, each page marked 草稿 (build leaves them out after loading).
        Site s = SiteLoader.load(siteDir);
        Checker checker = Checker.of(s.config().check());
        Map<String, List<Finding>> byDepartment = new HashMap<>();
        departments(s).parallelStream().map(d -> Map.entry(Dependencies.key(d), checker.checkDepartment(d, s)))
                .toList().forEach(e -> byDepartment.put(e.getKey(), e.getValue()));
        List<Finding> findings = findings(s, checker, byDepartment);
        Comparisons comparisons = s.years().size() > 1 ? Comparisons.of(s) : null;
        Theme t = new Theme(siteDir);
        List<Page> all = new ArrayList<>(ThemeAssets.collect(siteDir));
        for (PageType type : Build.pageTypes(s, findings, comparisons)) {
            all.addAll(type.render(s, t).toList());
        }
        int rendered = (int) all.stream().filter(p -> !DataFiles.isData(p.path())).count();
        List<Page> index = s.config().search() ? SearchIndex.build(s) : List.of();
        List<Page> checked = new ArrayList<>(all);
        checked.addAll(index);
        checkLinks(checked, BaseUrl.of(s.config()), org.gongkai.render.NamedLinks.of(s));
        Map<String, byte[]> map = new ConcurrentHashMap<>();
        all.forEach(p -> map.put(p.path(), p.content()));
        Map<String, byte[]> search = new HashMap<>();
        index.forEach(p -> search.put(p.path(), p.content()));
        commit(s, t, byDepartment, findings, map, CompletableFuture.completedFuture(search));
        return rendered;
    }

    private int part(Set<String> changed) throws LoadException, InputErrors {
        Site s = SiteLoader.reload(site, siteDir, changed);
        if (!years(s).equals(years(site))) {
            return whole();
        }
        Checker checker = Checker.of(s.config().check());
        Map<String, List<Finding>> byDepartment = new HashMap<>(departmentFindings);
        changed.forEach(byDepartment::remove);
        List<Finding> fresh = new ArrayList<>(checker.checkSite(s));
        for (String key : changed) {
            Department after = Rerender.find(s, key);
            if (after != null) {
                List<Finding> found = checker.checkDepartment(after, s);
                byDepartment.put(key, found);
                fresh.addAll(found);
            }
        }
        // The other departments had no errors at the last good build, and have not changed.
        stopOnErrors(fresh);
        boolean reportPage = s.config().check().reportPage();
        List<Finding> all = reportPage ? findings(s, checker, byDepartment) : List.of();
        Comparisons comparisons = s.years().size() > 1 ? Comparisons.of(s) : null;
        // What Listing holds is what the built-in theme reads; a site's own templates may read more.
        Rerender plan = new Rerender(site, s, changed, pendingWhole, pendingProjects, ownTemplates(), all.equals(findings),
                comparisons);
        List<Page> rendered = new ArrayList<>();
        for (PageType type : Build.pageTypes(s, all, comparisons)) {
            java.util.stream.Stream<Page> made = plan.pages(type, s, theme, false);
            if (made != null) {
                made.forEach(rendered::add);
            }
        }
        // In place: a page asked for meanwhile is the old one or the new one, and the reload follows.
        pages.keySet().removeIf(plan::stale);
        rendered.forEach(p -> pages.put(p.path(), p.content()));
        CompletableFuture<Map<String, byte[]>> later = new CompletableFuture<>();
        commit(s, theme, byDepartment, all, pages, later);
        indexLater(s, theme, all, comparisons, later); // after the commit, which it checks for a newer update
        return (int) rendered.stream().filter(p -> !DataFiles.isData(p.path())).count();
    }

    private boolean ownTemplates() {
        try (var entries = java.nio.file.Files.list(siteDir.resolve(Theme.TEMPLATES_DIR))) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false; // No templates/ folder: the built-in theme.
        }
    }

    /**
     * The files {@linkplain Dependencies#madeLater made later} of {@code s} into {@code result}
     * (the search index, the bulk data), unless a newer update came first: then the newer one's.
     */
    private void indexLater(Site s, Theme t, List<Finding> all, Comparisons comparisons,
            CompletableFuture<Map<String, byte[]>> result) {
        indexer.execute(() -> {
            View now = view;
            if (now.search() != result) {
                now.search().whenComplete((index, e) -> result.complete(index));
                return;
            }
            try {
                Map<String, byte[]> index = new HashMap<>();
                if (s.config().search()) {
                    SearchIndex.build(s).forEach(p -> index.put(p.path(), p.content()));
                }
                for (PageType type : Build.pageTypes(s, all, comparisons)) {
                    if (Dependencies.writesData(type)) {
                        type.render(s, t).filter(p -> Dependencies.madeLater(p.path()))
                                .forEach(p -> index.put(p.path(), p.content()));
                    }
                }
                result.complete(index);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void commit(Site s, Theme t, Map<String, List<Finding>> byDepartment, List<Finding> all,
            Map<String, byte[]> map, CompletableFuture<Map<String, byte[]>> search) {
        site = s;
        theme = t;
        departmentFindings = byDepartment;
        findings = all;
        pages = map;
        view = new View(map, List.of(), search);
    }

    /** As {@link Checker#check}: the site's findings, then each department's in site order, sorted. */
    private static List<Finding> findings(Site s, Checker checker, Map<String, List<Finding>> byDepartment)
            throws InputErrors {
        List<Finding> findings = new ArrayList<>(checker.checkSite(s));
        for (Department d : departments(s)) {
            findings.addAll(byDepartment.getOrDefault(Dependencies.key(d), List.of()));
        }
        Checker.sort(findings);
        stopOnErrors(findings);
        return findings;
    }

    private static void stopOnErrors(List<Finding> findings) throws InputErrors {
        List<Finding> errors = findings.stream().filter(f -> f.counts() && f.grade() == Grade.ERROR).toList();
        if (!errors.isEmpty()) {
            List<Finding> sorted = new ArrayList<>(errors);
            Checker.sort(sorted);
            throw new InputErrors(sorted.stream().map(Finding::diagnostic).toList());
        }
    }

    private static void checkLinks(List<Page> all, BaseUrl base, List<String> named) throws InputErrors {
        List<LinkChecker.BrokenLink> broken = new ArrayList<>(new LinkChecker(all, base, named).check());
        broken.addAll(AssetHosts.scan(all));
        if (!broken.isEmpty()) {
            throw new InputErrors(broken.stream().map(LinkChecker.BrokenLink::diagnostic).toList());
        }
    }

    private static List<Department> departments(Site s) {
        return s.years().stream().flatMap(y -> y.departments().stream()).toList();
    }

    private static List<Integer> years(Site s) {
        return s.years().stream().map(Year::year).toList();
    }

    @Override
    public void close() {
        indexer.shutdownNow();
    }
}
