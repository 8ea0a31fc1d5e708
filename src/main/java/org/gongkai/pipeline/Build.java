package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.data.ApiFiles;
import org.gongkai.data.CsvFiles;
import org.gongkai.data.DataFiles;
import org.gongkai.data.JsonFiles;
import org.gongkai.data.PackageFiles;
import org.gongkai.data.SiteBulkCopies;
import org.gongkai.data.XlsxFiles;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.incremental.Rerender;
import org.gongkai.links.AssetHosts;
import org.gongkai.links.LinkChecker;
import org.gongkai.load.LoadException;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Site;
import org.gongkai.render.DepartmentPage;
import org.gongkai.render.HomePage;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;
import org.gongkai.render.PageType;
import org.gongkai.render.AtomFeed;
import org.gongkai.render.AttachmentFiles;
import org.gongkai.render.CrawlerFiles;
import org.gongkai.render.NamedLinks;
import org.gongkai.render.NotFoundPage;
import org.gongkai.render.SitemapPage;
import org.gongkai.render.ChangesPage;
import org.gongkai.render.ComparePage;
import org.gongkai.render.Comparisons;
import org.gongkai.render.ProjectPage;
import org.gongkai.render.QualityPage;
import org.gongkai.render.SearchPage;
import org.gongkai.search.SearchIndex;
import org.gongkai.render.Theme;
import org.gongkai.render.YearPage;

/**
 * One build of a site, as the fixed sequence of timed {@link Stage}s:
 * load → validate → compare → assets → render → index → links → write. From the render stage on,
 * each page is written into a fresh version folder as soon as it is made, and the link stage
 * reads it on the way ({@link LinkChecker#add}), so no stage holds the site's pages: memory does not grow with
 * the pages. The render and index stages' times therefore include writing their files; the write
 * stage completes the version and publishes it, replacing the old output in one move. A build
 * that fails before then (a broken link, a template error, a full disk) deletes its version and
 * leaves the old output as it was. With its {@link #cache}, the same stages do only what the
 * inputs changed since the last such build reach ({@link CachedBuild}).
 */
public final class Build {

    /**
     * The page types of a site, in the order they render: the data files first, so that the bulk
     * tables, made beside the rest ({@link MadeBeside}), are done by the time the pages are. Last,
     * they kept the stage waiting for them for 0.7 s at 10,000 projects, one core idle.
     */
    static final List<PageType> PAGE_TYPES = List.of(
            new CsvFiles(), new XlsxFiles(), new JsonFiles(), new SiteBulkCopies(), new PackageFiles(), new ApiFiles(),
            new HomePage(), new YearPage(), new DepartmentPage(), new ProjectPage(),
            new SitemapPage(), new NotFoundPage(), new CrawlerFiles(), new AtomFeed(), new AttachmentFiles());

    private final Path siteDir;
    private final Path outDir;
    private final Consumer<Stage> progress;
    private boolean allowErrors;
    private boolean includeDrafts;
    private boolean cache;
    private boolean keepCache;
    private java.util.Collection<Path> changed;

    public Build(Path siteDir, Path outDir) {
        this(siteDir, outDir, stage -> { });
    }

    /** {@code progress} is told each stage as it starts. */
    public Build(Path siteDir, Path outDir, Consumer<Stage> progress) {
        this.siteDir = siteDir;
        this.outDir = outDir;
        this.progress = progress;
    }

    /** Publish even when the checks find errors (a review build of content that is not final). */
    public Build allowErrors(boolean allow) {
        this.allowErrors = allow;
        return this;
    }

    /**
     * Also publish drafts ({@code draft: true}), each page of one marked 草稿: a preview for review
     * ({@code build --drafts}, the preview server). Without it drafts are left out right after loading.
     */
    public Build includeDrafts(boolean include) {
        this.includeDrafts = include;
        return this;
    }

    /**
     * Keep a build cache in the site folder ({@link org.gongkai.cache.BuildCache}) and start from
     * the one there: only what changed since the last build is read and made again ({@code build
     * --incremental}). Off, as by default, the build neither reads nor writes one: making the cache
     * costs a build from nothing a median 6% more at 10,000 projects, which a build that is never
     * repeated in the same folder (a release, a CI job) would pay for nothing. A cache an ordinary
     * build leaves stale is refused by the next incremental one, which finds the output's files
     * changed.
     */
    public Build cache(boolean use) {
        this.cache = use;
        return this;
    }

    /**
     * With {@link #cache}, also keep the cache this build writes in memory, decoded, so that the
     * next build of the site in this process takes it from there unless its file changed since
     * ({@code build --watch}): at 10,000 projects, reading and decoding the file is a fifth of a
     * rebuild. Off by default: a build run once would only hold the memory longer.
     */
    public Build keepCacheInMemory(boolean keep) {
        this.keepCache = keep;
        return this;
    }

    /**
     * With a cache {@linkplain #keepCacheInMemory kept in memory} by the build before, the files
     * that changed since, as a watcher saw them ({@code build --watch}): only they are looked at
     * again, instead of every input (10,562 {@code stat}s, 0.14 s, at 10,000 projects). Null, as
     * by default: every input is looked at.
     */
    public Build changedSince(java.util.Collection<Path> files) {
        this.changed = files;
        return this;
    }

    /**
     * What a build made: the site (as published), its findings, how many pages, how long each stage
     * took, the drafts it held back (none with {@link #includeDrafts}), and the links to other hosts
     * its pages carry (each to a host the site's settings or prose name), and how many of its files
     * it kept unchanged from the build before (with a {@link #cache}; 0 when it made everything).
     */
    public record Result(Site site, List<Finding> findings, int pages, StageTimes times, List<Site.Draft> heldBack,
            List<String> externalLinks, int kept) {
    }

    public Result run() throws LoadException, BuildException {
        StageTimes times = new StageTimes(progress);
        SiteWriter writer = new SiteWriter(outDir);
        // A check of the arguments, not work: a bad output folder is refused before any stage runs.
        writer.checkReplaceable(siteDir);

        CachedBuild cached = cache ? new CachedBuild(siteDir, outDir, includeDrafts, keepCache, changed) : null;
        try {
            return build(times, writer, cached);
        } finally {
            if (cached != null) {
                cached.close(); // a cache begun by a build that failed is not left half written
            }
        }
    }

    private Result build(StageTimes times, SiteWriter writer, CachedBuild cached) throws LoadException, BuildException {
        Site loaded = times.time(Stage.LOAD, () -> cached != null ? cached.load() : SiteLoader.load(siteDir));
        Site site = includeDrafts ? loaded : loaded.withoutDrafts();
        List<Site.Draft> heldBack = includeDrafts ? List.of() : loaded.drafts();
        Checker checker = Checker.of(site.config().check());
        List<Finding> findings = times.time(Stage.VALIDATE,
                () -> cached != null ? cached.check(site, checker) : checker.check(site));
        if (!allowErrors && findings.stream().anyMatch(f -> f.counts() && f.grade() == Grade.ERROR)) {
            throw new ContentErrors(findings);
        }
        Comparisons comparisons = site.years().size() > 1 ? times.time(Stage.COMPARE, () -> Comparisons.of(site)) : null;
        // The theme's templates and assets are read into memory first, so nothing outside the site is read later.
        ThemeFiles themeFiles = times.time(Stage.ASSETS,
                () -> new ThemeFiles(new Theme(siteDir), ThemeAssets.collect(siteDir)));
        LinkChecker links = new LinkChecker(BaseUrl.of(site.config()), NamedLinks.of(site));
        // From here each page goes to the fresh version folder as soon as it is made, its links noted on
        // the way: no stage holds the pages. Only the write stage's publish makes the folder the output.
        try (SiteWriter.Version version = open(writer, cached == null ? null : cached.spare())) {
            Rerender plan = cached == null ? null : cached.plan(site, comparisons, version);
            Consumer<Page> made = page -> {
                links.add(page);
                version.put(page);
                if (cached != null) {
                    cached.wrote(page.path(), version.folder());
                }
            };
            int pages = times.time(Stage.RENDER, () -> {
                themeFiles.assets().forEach(made);
                int rendered = render(site, findings, comparisons, themeFiles.theme(), made, plan, cached);
                // The files the changes did not reach: the build before's, unchanged.
                return plan == null ? rendered : rendered + cached.keep(plan, version, links);
            });
            if (site.config().search()) {
                times.time(Stage.INDEX, () -> {
                    // Its 2,700 files (10,000 projects) written by both cores: one after the other took 100-150 ms.
                    // With a cache that has room for them, each department tokenized apart, its postings kept for the next build.
                    SearchIndex.Made index = cached == null || !cached.keepsPostings()
                            ? new SearchIndex.Made(SearchIndex.build(site), null)
                            : SearchIndex.build(site, cached.indexBefore(),
                                    path -> cached.takeFromBefore(path, version, links));
                    index.pages().parallelStream().forEach(made);
                    if (cached != null) {
                        cached.indexMade(index.kept());
                    }
                    return null;
                });
            }
            List<String> external = times.time(Stage.LINKS, () -> checkLinks(links, themeFiles.assets()));
            times.time(Stage.WRITE, () -> {
                if (cached != null) {
                    cached.complete(version);
                }
                version.publish();
                if (cached != null) {
                    cached.save(links);
                }
                return null;
            });
            return new Result(site, findings, pages, times, heldBack, external, cached == null ? 0 : cached.kept());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw writeFailed(e);
        }
    }

    /** The theme's templates and its static files, read in one stage. */
    private record ThemeFiles(Theme theme, List<Page> assets) {
    }

    /** {@code spare}: the name of an earlier version folder the version may be made from, or null. */
    private static SiteWriter.Version open(SiteWriter writer, String spare) throws BuildException {
        try {
            return writer.open(spare);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw writeFailed(e);
        }
    }

    private static BuildException writeFailed(Exception e) {
        return new BuildException("写入失败：" + e.getMessage() + "（原有输出保持不变）", e);
    }

    /**
     * Renders every page and hands each to {@code made} as it is made; returns how many.
     * {@code comparisons} is null for a site of one year: it has no compare or changes pages.
     * {@code plan}: only the pages it names (a build from its cache), or null for all.
     */
    private int render(Site site, List<Finding> findings, Comparisons comparisons, Theme theme, Consumer<Page> made,
            Rerender plan, CachedBuild cached) throws BuildException {
        try (MadeBeside beside = new MadeBeside(made)) {
            // Each type's stream is consumed on its own, so a parallel one stays parallel.
            LongAdder count = new LongAdder();
            for (PageType type : pageTypes(site, findings, comparisons)) {
                java.util.stream.Stream<Page> pages = plan == null ? type.render(site, theme)
                        : plan.pages(type, site, theme, true);
                if (pages == null) {
                    continue;
                }
                pages.forEach(page -> {
                    if (page.madeBeside()) {
                        beside.add(page);
                    } else {
                        made.accept(page);
                    }
                    if (!DataFiles.isData(page.path())) { // the data files (CSV, XLSX, JSON) are not pages
                        count.increment();
                        if (cached != null) {
                            cached.counted(page.path());
                        }
                    }
                });
            }
            beside.finish();
            return count.intValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("构建被中断（原有输出保持不变）", e);
        } catch (Theme.TemplateException e) {
            throw new BuildException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new BuildException(e.getMessage() + "（原有输出保持不变）", e);
        }
    }

    /**
     * The page types of {@code site}, in render order: the fixed ones, then those its settings and
     * years call for. {@code comparisons} is null for a site of one year. Serve renders the same list.
     */
    public static List<PageType> pageTypes(Site site, List<Finding> findings, Comparisons comparisons) {
        List<PageType> types = new ArrayList<>(PAGE_TYPES);
        if (site.config().search()) {
            types.add(new SearchPage());
        }
        if (site.config().check().reportPage()) {
            types.add(new QualityPage(findings));
        }
        if (comparisons != null) {
            types.add(new ComparePage(comparisons));
            types.add(new ChangesPage(comparisons));
        }
        return types;
    }

    /**
     * Fails the build on any broken internal link or anchor, on any asset address to another host and
     * on any link to a host the site does not name; returns the links out that passed.
     */
    private static List<String> checkLinks(LinkChecker links, List<Page> assets) throws BuildException {
        List<LinkChecker.BrokenLink> broken = new ArrayList<>(links.check());
        broken.addAll(AssetHosts.scan(assets));
        if (!broken.isEmpty()) {
            StringBuilder message = new StringBuilder(broken.size() + " 个无效链接（多由自定义模板造成）：");
            broken.stream().limit(20).forEach(b -> message.append("\n  ").append(DiagnosticPrinter.line(b.diagnostic())));
            if (broken.size() > 20) {
                message.append("\n  ……另有 ").append(broken.size() - 20).append(" 个");
            }
            throw new BuildException(message.toString());
        }
        return links.externalLinks();
    }

}
