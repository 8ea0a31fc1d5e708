import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.gongkai.load.SiteLoader;

/**
 * The load stage alone: SiteLoader.load of one site, RUNS times in one JVM. Prints the wall time
 * and the process CPU time (all threads, the JIT compiler's included) of the first, cold load and
 * the median of the later ones. Run from bench/load.sh.
 */
public class LoadBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            SiteLoader.load(site);
            wall[i] = (System.nanoTime() - w) / 1_000_000;
            cpu[i] = (os.getProcessCpuTime() - c) / 1_000_000;
        }
        System.out.printf("cold %d ms wall %d ms cpu", wall[0], cpu[0]);
        if (runs > 1) {
            long[] w = java.util.Arrays.copyOfRange(wall, 1, runs);
            long[] c = java.util.Arrays.copyOfRange(cpu, 1, runs);
            java.util.Arrays.sort(w);
            java.util.Arrays.sort(c);
            System.out.printf("  warm %d ms wall %d ms cpu", w[w.length / 2], c[c.length / 2]);
        }
        System.out.println();
    }
}
