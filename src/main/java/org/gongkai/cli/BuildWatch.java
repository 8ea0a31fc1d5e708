package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gongkai.incremental.SiteWatcher;

/**
 * {@code build --watch}: a first build, then one for each batch of changes to the site's inputs,
 * one at a time, until stopped. Each build is told the files changed since the last build that
 * succeeded (a build that failed may have come after the cache it would start from), unless the
 * watcher cannot see every change; the build looks at those only when it starts from the cache
 * the last build kept in memory ({@link org.gongkai.pipeline.Build#changedSince}).
 */
final class BuildWatch implements SiteWatcher.Listener, AutoCloseable {

    /**
     * One build: {@code changed}, the files changed since the last good build, or null for all;
     * {@code keep}: keep its cache in memory for the next; returns the exit code.
     */
    interface Builder {
        int build(Set<Path> changed, boolean keep);
    }

    private final Path siteDir;
    private final PrintWriter out;
    private final Builder builder;
    private final long heapLimit;
    private final Set<Path> pending = new LinkedHashSet<>();
    private volatile SiteWatcher watcher;
    private int last;
    /** Whether the builds keep their cache in memory: while the heap has room for it. */
    private boolean keep;

    BuildWatch(Path siteDir, PrintWriter out, Builder builder) {
        this(siteDir, out, builder, Runtime.getRuntime().maxMemory());
    }

    /** {@code heapLimit}: the heap the builds may take, in bytes (the JVM's maximum, but in tests). */
    BuildWatch(Path siteDir, PrintWriter out, Builder builder, long heapLimit) {
        this.siteDir = siteDir;
        this.out = out;
        this.builder = builder;
        this.heapLimit = heapLimit;
    }

    /**
     * Starts watching, then builds: a file saved during the first build is built next. The builds
     * keep their cache in memory when the site's inputs say it fits in the heap beside a build.
     */
    synchronized void start() throws IOException {
        watcher = new SiteWatcher(siteDir, SiteWatcher.QUIET_MILLIS, this);
        long inputs = org.gongkai.cache.Inputs.find(siteDir, true, Long.MAX_VALUE).values().stream()
                .mapToLong(org.gongkai.cache.Inputs.Seen::size).sum();
        keep = org.gongkai.cache.BuildCache.fits(inputs, heapLimit);
        if (!keep) {
            tooLarge();
        }
        last = builder.build(null, keep);
        out.println("正在监视 " + siteDir + " 的改动，每有改动即重新生成（按 Ctrl-C 停止）");
        out.flush();
        collectWhileQuiet();
    }

    @Override
    public synchronized void changed(Set<Path> files, long firstEvent) {
        out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " 改动："
                + SiteWatcher.names(siteDir, files));
        out.flush();
        pending.addAll(files);
        last = builder.build(watcher.seesEveryChange() ? Set.copyOf(pending) : null, keep);
        if (last == 0) {
            pending.clear();
        }
        out.printf("（从改动到生成完毕 %d 毫秒）%n", (System.nanoTime() - firstEvent) / 1_000_000);
        out.flush();
        collectWhileQuiet();
    }

    /** The exit code of the last build (once a build under way is done). */
    synchronized int last() {
        return last;
    }

    /**
     * Collects the heap between two builds, while the site is quiet, not during the next: what a
     * build leaves (the cache kept in memory) is promoted at once by the launcher's collector
     * settings, made for one build a run, and the young collections of later rebuilds then
     * scanned it again. With this, a 10,000-project rebuild's took 6–17 ms each, not 30–75 ms.
     * Then, if what is left takes more than {@link org.gongkai.cache.BuildCache#HEAP_SHARE} of
     * the heap, the cache is no longer kept: a build needs the rest.
     */
    private void collectWhileQuiet() {
        System.gc();
        Runtime heap = Runtime.getRuntime();
        if (keep && heap.totalMemory() - heap.freeMemory() > org.gongkai.cache.BuildCache.HEAP_SHARE * heapLimit) {
            keep = false;
            org.gongkai.cache.BuildCache.forget(siteDir);
            System.gc();
            tooLarge();
        }
    }

    private void tooLarge() {
        out.println("（站点较大，Java 的堆不足以在两次生成之间把构建缓存留在内存里：每次生成从 .gongkai/cache 读取，"
                + "较慢；给 Java 更大的堆可加快，如 GONGKAI_JAVA_OPTS=\"-Xmx2g\"）");
        out.flush();
    }

    /** Stops watching (not waiting for a build under way: Ctrl-C stops at once, the output as it was). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
