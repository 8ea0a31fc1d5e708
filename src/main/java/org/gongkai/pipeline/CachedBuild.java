package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.cache.BuildCache;
import org.gongkai.cache.Inputs;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.incremental.Dependencies;
import org.gongkai.incremental.Rerender;
import org.gongkai.links.LinkChecker;
import org.gongkai.load.LoadException;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.parallel.Batches;
import org.gongkai.render.Comparisons;
import org.gongkai.render.Theme;
import org.gongkai.search.SearchIndex;

/**
 * A build that keeps a {@link BuildCache} and starts from it: the inputs are marked (read again
 * only when their stamps changed, {@link Inputs}), the model of the departments whose files are
 * unchanged is read from the cache instead of their YAML, only the pages the changed files reach
 * are made ({@link Rerender}), and every other file of the output is the build before's: linked
 * into the new version unchanged, or there already when the new version is the one before the
 * output, made over ({@link SiteWriter.Version#recycle}). It falls back to making
 * everything when there is no cache to trust, when site.yaml, the theme, an attachment or the
 * years changed, when the site has templates of its own (they may read any part of the model
 * from any page), or when a file of the output was changed since it was written.
 */
final class CachedBuild implements AutoCloseable {

    /** What changed since the cached build, as {@link Rerender} takes it. */
    private record Change(Set<String> departments, Set<String> whole, Map<String, Set<String>> edited) {
    }

    private final Path siteDir;
    private final Path outDir;
    private final boolean drafts;
    /** Whether the cache this build writes is also kept in memory, for the next build in this process. */
    private final boolean keepInMemory;
    /** The files a watcher saw change since the build before, or null ({@link Build#changedSince}). */
    private final java.util.Collection<Path> changed;
    private final BuildCache.Key key;
    private BuildCache.Contents previous;
    private List<Inputs.InputFile> inputs;
    private Change change;
    /** The output folder of the build before, as it was when checked. */
    private Path before;
    /** Whether {@link #before} is a version folder, the output a link to it (so that it can be a spare next time). */
    private boolean beforeIsVersion;
    /**
     * The version folder of the build before that one, checked to hold the same files as
     * {@link #before} (the same files under a second name) but at {@link #differs}: this build's
     * version is made from it when it can ({@link SiteWriter.Version#recycle}). Null when there is
     * none to trust.
     */
    private String spare;
    private Set<String> differs = Set.of();
    /** Whether this build's version is the spare made over. */
    private boolean recycled;
    /** Whether this build made only what its changes reach ({@link #plan}): then its version shares the rest with {@link #before}. */
    private boolean planned;
    /** The files this build wrote. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Paths of the build before that this one did not keep: gone unless written again. */
    private Set<String> dropped = Set.of();
    /** Of the files written by this build, the pages counted in its summary. */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();
    /** Every file of the new output but its marker: written by this build, or kept from the one before. */
    private final Map<String, BuildCache.OutputFile> outputs = new ConcurrentHashMap<>();
    private int kept;
    /** This build's findings: the site's (key {@link #SITE_FINDINGS}), then each department's ("2024/731001"). */
    private final Map<String, List<Finding>> findings = new java.util.LinkedHashMap<>();
    private static final String SITE_FINDINGS = "";
    /** Whether the check found just what it found in the build before (the quality page is then the same). */
    private boolean findingsSame;
    /**
     * What the index of the build before left for this one: as it was, from a cache kept in memory
     * ({@link BuildCache.Stored#index}), or restored from the file's ({@link BuildCache.Contents#index}).
     */
    private SearchIndex.Kept indexBefore;
    /** See {@link #keepsPostings}. */
    private boolean keepsPostings;
    /** What this build's index leaves for the next. */
    private SearchIndex.Kept indexMade;
    /** The files of the index of the build before, and their links: the index stage may take some ({@link #takeFromBefore}). */
    private Map<String, BuildCache.OutputFile> indexFilesBefore = Map.of();
    private Map<String, LinkChecker.Scanned> indexLinksBefore = Map.of();
    /** How many index files were taken from the build before. */
    private final java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    /** The cache's first part, made beside the stages that follow loading. */
    private CompletableFuture<BuildCache.Writer> head;

    CachedBuild(Path siteDir, Path outDir, boolean drafts, boolean keepInMemory, java.util.Collection<Path> changed) {
        this.siteDir = siteDir;
        this.outDir = outDir;
        this.drafts = drafts;
        this.keepInMemory = keepInMemory;
        this.changed = changed;
        this.key = BuildCache.Key.of(siteDir, outDir, drafts);
    }

    /**
     * Reads the site: marks the inputs (before reading them, so a file saved meanwhile is read
     * again next time), then takes the unchanged departments from the cache when it can be trusted.
     */
    Site load() throws LoadException {
        long clock = Inputs.clock(siteDir);
        BuildCache.Stored stored = BuildCache.open(siteDir, key);
        List<Inputs.InputFile> known = stored == null ? null : stored.inputs();
        if (known != null) {
            // The inputs are marked while the cache is decoded: the one waits on the file system, the other on a core.
            Map<String, Inputs.InputFile> byPath = new HashMap<>();
            known.forEach(f -> byPath.put(f.path(), f));
            CompletableFuture<List<Inputs.InputFile>> scan = CompletableFuture.supplyAsync(() -> {
                try {
                    // A cache kept in memory is the build before's: the files changed since are those the watcher saw.
                    Map<String, Inputs.Seen> found = changed != null && stored.inMemory()
                            ? Inputs.refind(siteDir, known, changed, clock) : null;
                    return Inputs.marks(siteDir, found != null ? found : Inputs.find(siteDir, true, clock), byPath);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            previous = stored.contents(known);
            indexBefore = (SearchIndex.Kept) stored.index();
            try {
                inputs = scan.join();
            } catch (java.util.concurrent.CompletionException e) {
                inputs = null; // no marks, no cache: this build makes everything and keeps none
            }
            change = previous == null || inputs == null ? null : change(previous.inputs(), inputs);
            if (change != null && !outputUnchanged()) {
                change = null;
            }
        }
        Site loaded;
        if (change != null) {
            loaded = change.departments().isEmpty() ? previous.loaded()
                    : SiteLoader.reload(previous.loaded(), siteDir, change.departments());
        } else {
            // From nothing: the content's marks are taken from the very bytes the model is read from,
            // stamped as found before they were read.
            previous = null;
            Map<String, Inputs.Seen> found;
            try {
                found = Inputs.find(siteDir, true, clock);
            } catch (IOException | RuntimeException e) {
                found = null;
            }
            Map<String, Inputs.Seen> seen = found == null ? Map.of() : found;
            Map<String, Inputs.InputFile> read = new ConcurrentHashMap<>();
            loaded = SiteLoader.load(siteDir, (name, bytes) -> read.put(name, Inputs.of(seen.get(name), name, bytes)));
            try {
                // The files the loader does not read (the theme's, attachments) are read here.
                Map<String, Inputs.Seen> rest = new java.util.TreeMap<>(seen);
                rest.keySet().removeAll(read.keySet());
                Inputs.marks(siteDir, rest, Map.of()).forEach(f -> read.put(f.path(), f));
                inputs = found == null ? null
                        : read.values().stream().sorted(java.util.Comparator.comparing(Inputs.InputFile::path)).toList();
            } catch (IOException | RuntimeException e) {
                inputs = null;
            }
        }
        keepsPostings = inputs != null
                && BuildCache.fits(inputs.stream().mapToLong(Inputs.InputFile::size).sum(), Runtime.getRuntime().maxMemory());
        if (inputs != null) {
            List<Inputs.InputFile> marks = inputs;
            BuildCache.Stored from = previous == null ? null : stored;
            head = CompletableFuture.supplyAsync(() -> {
                try {
                    return new BuildCache.Writer(siteDir, key, marks, loaded, from, keepInMemory);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, ENCODER);
        }
        return loaded;
    }

    /** The thread that makes the cache's first part while the pages render. */
    private static final java.util.concurrent.Executor ENCODER = task -> {
        Thread t = new Thread(task, "gongkai-cache");
        t.setDaemon(true);
        t.start();
    };

    /** The departments the changed inputs reach; null when one reaches the whole site. */
    private Change change(List<Inputs.InputFile> was, List<Inputs.InputFile> now) {
        Map<String, Inputs.InputFile> old = new HashMap<>();
        was.forEach(f -> old.put(f.path(), f));
        Set<String> changed = new HashSet<>();
        for (Inputs.InputFile f : now) {
            if (f.path().startsWith(Theme.TEMPLATES_DIR + "/")) {
                return null;
            }
            if (!f.sameContent(old.remove(f.path()))) {
                changed.add(f.path());
            }
        }
        changed.addAll(old.keySet()); // gone since
        Change c = new Change(new HashSet<>(), new HashSet<>(), new HashMap<>());
        for (String path : changed) {
            if (!path.startsWith(SiteLoader.CONTENT_DIR + "/")) {
                return null;
            }
            Dependencies.Scope scope = Dependencies.of(siteDir, siteDir.resolve(path));
            if (scope.kind() == Dependencies.Kind.SITE) {
                return null;
            }
            if (scope.kind() == Dependencies.Kind.DEPARTMENT) {
                c.departments().add(scope.department());
                if (scope.project() == null) {
                    c.whole().add(scope.department());
                } else {
                    c.edited().computeIfAbsent(scope.department(), k -> new HashSet<>()).add(scope.project());
                }
            }
        }
        return c;
    }

    /**
     * Whether every file the build before wrote is still in the output as it wrote it; on the way,
     * whether the spare folder the cache names still shares each file with the output where it
     * should (the same file, not merely the same bytes), else it is not used.
     */
    private boolean outputUnchanged() {
        try {
            beforeIsVersion = Files.isSymbolicLink(outDir);
            before = outDir.toRealPath();
        } catch (IOException e) {
            return false;
        }
        Set<String> differ = previous.differs() == null ? Set.of() : new HashSet<>(previous.differs());
        Path spareDir = previous.spare() == null || !beforeIsVersion ? null : before.resolveSibling(previous.spare());
        java.util.concurrent.atomic.AtomicBoolean shared = new java.util.concurrent.atomic.AtomicBoolean(
                spareDir != null && !spareDir.equals(before) && Files.isDirectory(spareDir, LinkOption.NOFOLLOW_LINKS));
        boolean same = previous.outputs().parallelStream().allMatch(f -> {
            try {
                BasicFileAttributes a = Files.readAttributes(before.resolve(f.path()), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                boolean ok = a.isRegularFile() && a.size() == f.size() && modified(a) == f.modified()
                        && previous.links().containsKey(f.path());
                if (ok && shared.get() && !differ.contains(f.path())) {
                    shared.compareAndSet(true, sameFile(a, spareDir.resolve(f.path())));
                }
                return ok;
            } catch (IOException e) {
                return false;
            }
        });
        if (same && shared.get()) {
            spare = previous.spare();
            differs = differ;
        }
        return same;
    }

    /** Whether {@code other} is the file {@code a} describes under another name. */
    private static boolean sameFile(BasicFileAttributes a, Path other) {
        try {
            Object key = Files.readAttributes(other, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return key != null && key.equals(a.fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /** The name of the earlier version folder this build's version may be made from ({@link SiteWriter#open(String)}), or null. */
    String spare() {
        return spare;
    }

    /**
     * The plan for this build's pages, or null to make them all. {@code site} is the site as
     * rendered; the output must still be the one checked at loading ({@code version}, open, has the
     * lock now). With a plan, {@code version} is made from the spare folder when there is one.
     */
    Rerender plan(Site site, Comparisons comparisons, SiteWriter.Version version) throws IOException {
        Rerender plan = plan(site, comparisons);
        planned = plan != null;
        recycled = planned && spare != null && version.recycle();
        return plan;
    }

    private Rerender plan(Site site, Comparisons comparisons) {
        if (change == null) {
            return null;
        }
        try {
            if (!outDir.toRealPath().equals(before)) {
                return null; // another build published meanwhile
            }
        } catch (IOException e) {
            return null;
        }
        Site was = drafts ? previous.loaded() : previous.loaded().withoutDrafts();
        if (!years(was).equals(years(site))) {
            return null;
        }
        if (indexBefore == null && previous.index() != null && keepsPostings) {
            // The postings by place, given to the departments they were made from: those this build did not read again are its own.
            indexBefore = SearchIndex.Kept.restore(previous.index(), was);
        }
        return new Rerender(was, site, change.departments(), change.whole(), change.edited(), false, findingsSame,
                comparisons);
    }

    /**
     * The findings of {@code site}, as {@link Checker#check} finds them: the departments the changes
     * did not reach keep theirs from the cache (a department's findings are its own: the rules read
     * one department and the settings, which a change to would have made this a build from nothing).
     */
    List<Finding> check(Site site, Checker checker) {
        List<Department> departments = site.years().stream().flatMap(y -> y.departments().stream()).toList();
        Map<String, List<Finding>> known = change == null ? Map.of() : previous.findings();
        Set<String> changed = change == null ? Set.of() : change.departments();
        List<Department> toCheck = departments.stream()
                .filter(d -> changed.contains(Dependencies.key(d)) || !known.containsKey(Dependencies.key(d))).toList();
        Map<String, List<Finding>> found = new ConcurrentHashMap<>();
        Batches.stream(toCheck).forEach(d -> found.put(Dependencies.key(d), List.copyOf(checker.checkDepartment(d, site))));
        List<Finding> all = new ArrayList<>(checker.checkSite(site));
        findings.put(SITE_FINDINGS, List.copyOf(all));
        for (Department d : departments) {
            String k = Dependencies.key(d);
            List<Finding> own = found.containsKey(k) ? found.get(k) : known.get(k);
            findings.put(k, own);
            all.addAll(own);
        }
        findingsSame = change != null && findings.equals(known);
        Checker.sort(all);
        return all;
    }

    /** Notes a file this build wrote into {@code folder}, with its size and time as written. */
    void wrote(String path, Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            outputs.put(path, new BuildCache.OutputFile(path, a.size(), modified(a), false));
            written.add(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Notes that {@code path}, written by this build, is one of the pages its summary counts. */
    void counted(String path) {
        pages.add(path);
    }

    /**
     * Puts every file of the build before that {@code plan} leaves as it was, and that this build
     * did not write again, into {@code version}, its links into {@code links}; returns how many of
     * them are pages. A version made from the spare has most of them already: only those where
     * the spare differs are put.
     */
    int keep(Rerender plan, SiteWriter.Version version, LinkChecker links) {
        List<BuildCache.OutputFile> keep = previous.outputs().stream()
                .filter(f -> !outputs.containsKey(f.path()) && !plan.stale(f.path())).toList();
        keep.parallelStream().forEach(f -> keepFile(f, previous.links().get(f.path()), version, links));
        Map<String, BuildCache.OutputFile> indexFiles = new HashMap<>();
        previous.outputs().stream().filter(f -> f.path().startsWith(SearchIndex.DIR) && !outputs.containsKey(f.path()))
                .forEach(f -> indexFiles.put(f.path(), f));
        indexFilesBefore = indexFiles;
        indexLinksBefore = previous.links();
        Set<String> notKept = new HashSet<>(differs);
        previous.outputs().forEach(f -> notKept.add(f.path()));
        keep.forEach(f -> notKept.remove(f.path()));
        dropped = notKept;
        kept = keep.size();
        int pages = (int) keep.stream().filter(BuildCache.OutputFile::page).count();
        previous = null; // its model lives on in this build's; the rest is done with (50,000 projects fill a heap)
        return pages;
    }

    /**
     * What the index of the build before left for this build's ({@link SearchIndex.Kept}), or null:
     * only a build that makes what its changes reach has it.
     */
    SearchIndex.Kept indexBefore() {
        return planned ? indexBefore : null;
    }

    /**
     * Puts the index file {@code path} of the build before into this build's {@code version}
     * unchanged, its links into {@code links}, as {@link #keep} puts the others; false when there
     * is none to take.
     */
    boolean takeFromBefore(String path, SiteWriter.Version version, LinkChecker links) {
        BuildCache.OutputFile f = indexFilesBefore.get(path);
        if (!planned || f == null) {
            return false;
        }
        keepFile(f, indexLinksBefore.get(path), version, links);
        taken.incrementAndGet();
        return true;
    }

    /**
     * Puts {@code f} of the build before into {@code version} (a version made from the spare has
     * it already, unless the spare differs there), and its links into {@code links}.
     */
    private void keepFile(BuildCache.OutputFile f, LinkChecker.Scanned scanned, SiteWriter.Version version,
            LinkChecker links) {
        if (!recycled || differs.contains(f.path())) {
            version.keep(f.path(), before.resolve(f.path()));
        }
        links.keep(f.path(), scanned);
        outputs.put(f.path(), f); // the same file: its size and time as the cache has them
    }

    /**
     * Whether this build's index keeps each department's postings for the next build: when the
     * decoded cache {@linkplain BuildCache#fits fits} in the heap beside a build. Tokenizing each
     * department apart costs a build from nothing about 0.15 s at 10,000 projects.
     */
    boolean keepsPostings() {
        return keepsPostings;
    }

    /** What this build's index leaves for the next build (kept in memory, and written in the cache). */
    void indexMade(SearchIndex.Kept kept) {
        indexMade = kept;
    }

    /** How many files were kept from the build before. */
    int kept() {
        return kept + taken.get();
    }

    /**
     * Completes {@code version} before it is published: a version made from the spare loses the
     * files this build's output does not have.
     */
    void complete(SiteWriter.Version version) throws IOException {
        if (recycled) {
            for (String path : gone()) {
                version.remove(path);
            }
        }
    }

    /** The files of the build before that this build's output does not have. */
    private List<String> gone() {
        return dropped.stream().filter(p -> !outputs.containsKey(p)).toList();
    }

    /**
     * Writes the cache of this build, now published: its inputs, the model as loaded, its files
     * and their links. A cache that cannot be written is removed, so none describes an output
     * that is no longer there.
     */
    void save(LinkChecker links) {
        try {
            if (head == null) {
                BuildCache.delete(siteDir);
                return;
            }
            List<BuildCache.OutputFile> files = outputs.values().stream()
                    .map(f -> pages.contains(f.path()) && !f.page()
                            ? new BuildCache.OutputFile(f.path(), f.size(), f.modified(), true) : f)
                    .sorted(java.util.Comparator.comparing(BuildCache.OutputFile::path)).toList();
            // Next time, the output before this one is the spare: it differs where this build wrote or removed a file.
            String nextSpare = planned && beforeIsVersion ? before.getFileName().toString() : null;
            List<String> differ = new ArrayList<>(written);
            differ.addAll(gone());
            differ.sort(null);
            BuildCache.Writer writer = head.join();
            head = null;
            if (keepInMemory) {
                writer.finishBeside(findings, files, links.scanned(), nextSpare, nextSpare == null ? List.of() : differ,
                        indexMade);
            } else {
                writer.finish(findings, files, links.scanned(), nextSpare, nextSpare == null ? List.of() : differ,
                        indexMade);
            }
        } catch (IOException | RuntimeException e) {
            try {
                BuildCache.delete(siteDir);
            } catch (IOException ignored) {
                // A cache that cannot be written or removed is refused by the next build's output check.
            }
        }
    }

    /** Removes the cache begun by a build that failed before {@link #save}. */
    @Override
    public void close() {
        if (head != null) {
            try {
                head.join().close();
            } catch (IOException | RuntimeException e) {
                // Only a temporary file of the cache's folder is left.
            }
        }
    }

    private static long modified(BasicFileAttributes a) {
        return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static List<Integer> years(Site s) {
        return s.years().stream().map(Year::year).toList();
    }
}
