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

    /** One build: {@code changed}, the files changed since the last good build, or null for all; returns the exit code. */
    interface Builder {
        int build(Set<Path> changed);
    }

    private final Path siteDir;
    private final PrintWriter out;
    private final Builder builder;
    private final Set<Path> pending = new LinkedHashSet<>();
    private volatile SiteWatcher watcher;
    private int last;

    BuildWatch(Path siteDir, PrintWriter out, Builder builder) {
        this.siteDir = siteDir;
        this.out = out;
        this.builder = builder;
    }

    /** Starts watching, then builds: a file saved during the first build is built next. */
    synchronized void start() throws IOException {
        watcher = new SiteWatcher(siteDir, SiteWatcher.QUIET_MILLIS, this);
        last = builder.build(null);
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
        last = builder.build(watcher.seesEveryChange() ? Set.copyOf(pending) : null);
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
     */
    private static void collectWhileQuiet() {
        System.gc();
    }

    /** Stops watching (not waiting for a build under way: Ctrl-C stops at once, the output as it was). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
