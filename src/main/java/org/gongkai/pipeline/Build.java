package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.diagnostic.DiagnosticPrinter;
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
import org.gongkai.render.CrawlerFiles;
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
 * load → validate → compare → render → index → assets → links → write. Nothing is written until every page has rendered, and then
 * into a fresh folder that replaces the old output in one move.
 */
public final class Build {

    /** The page types of a site, in the order they render. */
    static final List<PageType> PAGE_TYPES = List.of(
            new HomePage(), new YearPage(), new DepartmentPage(), new ProjectPage(),
            new SitemapPage(), new NotFoundPage(), new CrawlerFiles(), new AtomFeed());

    private final Path siteDir;
    private final Path outDir;
    private final Consumer<Stage> progress;
    private boolean allowErrors;

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

    /** What a build made: the site, its findings, how many pages and how long each stage took. */
    public record Result(Site site, List<Finding> findings, int pages, StageTimes times) {
    }

    public Result run() throws LoadException, BuildException {
        StageTimes times = new StageTimes(progress);
        SiteWriter writer = new SiteWriter(outDir);
        // A check of the arguments, not work: a bad output folder is refused before any stage runs.
        writer.checkReplaceable(siteDir);

        Site site = times.time(Stage.LOAD, () -> SiteLoader.load(siteDir));
        List<Finding> findings = times.time(Stage.VALIDATE, () -> Checker.of(site.config().check()).check(site));
        if (!allowErrors && findings.stream().anyMatch(f -> f.counts() && f.grade() == Grade.ERROR)) {
            throw new ContentErrors(findings);
        }
        Comparisons comparisons = site.years().size() > 1 ? times.time(Stage.COMPARE, () -> Comparisons.of(site)) : null;
        // The theme's templates and assets are read into memory first, so nothing outside the site is read later.
        ThemeFiles themeFiles = times.time(Stage.ASSETS,
                () -> new ThemeFiles(new Theme(siteDir), ThemeAssets.collect(siteDir)));
        List<Page> assets = themeFiles.assets();
        List<Page> pages = times.time(Stage.RENDER, () -> render(site, findings, comparisons, themeFiles.theme()));
        List<Page> index = site.config().search() ? times.time(Stage.INDEX, () -> SearchIndex.build(site)) : List.of();
        List<Page> all = new ArrayList<>(pages);
        all.addAll(index);
        all.addAll(assets);
        times.time(Stage.LINKS, () -> checkLinks(all, BaseUrl.of(site.config())));
        times.time(Stage.WRITE, () -> {
            write(writer, all);
            return null;
        });
        return new Result(site, findings, pages.size(), times);
    }

    /** The theme's templates and its static files, read in one stage. */
    private record ThemeFiles(Theme theme, List<Page> assets) {
    }

    /** {@code comparisons} is null for a site of one year: it has no compare or changes pages. */
    private List<Page> render(Site site, List<Finding> findings, Comparisons comparisons, Theme theme)
            throws BuildException {
        try {
            // Each type's stream is consumed on its own, so a parallel one stays parallel.
            List<Page> pages = new ArrayList<>();
            for (PageType type : pageTypes(site, findings, comparisons)) {
                pages.addAll(type.render(site, theme).toList());
            }
            return pages;
        } catch (Theme.TemplateException e) {
            throw new BuildException(e.getMessage(), e);
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

    /** Fails the build on any broken internal link or anchor, and on any link or asset address to another host. */
    private static Void checkLinks(List<Page> all, BaseUrl base) throws BuildException {
        List<LinkChecker.BrokenLink> broken = new ArrayList<>(new LinkChecker(all, base).check());
        broken.addAll(AssetHosts.scan(all));
        if (!broken.isEmpty()) {
            StringBuilder message = new StringBuilder(broken.size() + " 个无效链接（多由自定义模板造成）：");
            broken.stream().limit(20).forEach(b -> message.append("\n  ").append(DiagnosticPrinter.line(b.diagnostic())));
            if (broken.size() > 20) {
                message.append("\n  ……另有 ").append(broken.size() - 20).append(" 个");
            }
            throw new BuildException(message.toString());
        }
        return null;
    }

    private static void write(SiteWriter writer, List<Page> pages) throws BuildException {
        try {
            writer.write(pages);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BuildException("写入失败：" + e.getMessage() + "（原有输出保持不变）", e);
        }
    }

}
