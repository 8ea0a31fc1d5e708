package org.gongkai.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Site;
import org.gongkai.site.Page;

/**
 * The index stage alone, repeated in one JVM: time per build (wall and the process's CPU time,
 * GC included: steadier on a busy machine), bytes allocated, the size of the
 * index and the heap it keeps. bench/index.sh runs it on a generated corpus.
 *
 * <pre>java -cp target/gongkai.jar:target/test-classes org.gongkai.search.IndexBench SITE_DIR [RUNS]</pre>
 */
public final class IndexBench {

    private IndexBench() {
    }

    public static void main(String[] args) throws Exception {
        Site site = SiteLoader.load(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("site loaded: heap %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        for (int r = 0; r < runs; r++) {
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            long allocated = allocated(threads);
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            List<Page> pages = SearchIndex.build(site);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
            long alloc = allocated(threads) - allocated;
            System.gc();
            long kept = rt.totalMemory() - rt.freeMemory() - before;
            long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
            System.out.printf("run %d: %d ms (cpu %d ms), allocated %d MB, %d files, %d KB, heap kept %d MB%n", r + 1, ms, cpuMs,
                    alloc >> 20, pages.size(), bytes >> 10, kept >> 20);
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }
}
