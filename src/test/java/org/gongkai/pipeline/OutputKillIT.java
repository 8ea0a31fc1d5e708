package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random points of real builds, fifty times: after each kill the output is the
 * old build or the new one, complete, and what killed builds leave beside it never piles up,
 * because each build removes what the one before it left. Meanwhile a reader never finds
 * {@code OUT/index.html} missing.
 */
class OutputKillIT {

    private static final long SEED = 20261201L;
    private static final int KILLS = 50;
    private static final long STEP_MILLIS = 10;

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheOldOrTheNewOutputCompleteAndTheNextBuildCleansUp() throws Exception {
        // Two versions of a tiny site that differ in their files, not only in their text.
        Path siteA = Sites.write(dir.resolve("site-a"), Sites.MINIMAL);
        Path siteB = Sites.write(dir.resolve("site-b"), Sites.MINIMAL);
        Sites.put(siteB, "content/2023/731001/projects/P2.yaml", "code: P2\nname: 第二个项目\nbudget:\n  total: 2.00\n");
        Map<String, String> a = expected(siteA, "expected-a");
        Map<String, String> b = expected(siteB, "expected-b");
        assertFalse(a.keySet().equals(b.keySet()));

        Path out = dir.resolve("pub/out");
        new Build(siteA, out).run();
        // Throughout, a reader opens OUT/index.html: each write step pauses, so an output missing
        // between any two steps would be seen.
        // It pauses 1 ms between opens, to leave the cores to the builds; a gap lasts at least a step's pause.
        IndexReader reader = new IndexReader(out.resolve("index.html"), Set.of(a.get("index.html"), b.get("index.html")), 1);
        reader.start();
        boolean currentIsA = true;
        Random random = new Random(SEED);
        int inWriteStage = 0;
        int published = 0;
        for (int i = 0; i < KILLS; i++) {
            Path site = currentIsA ? siteB : siteA;
            int steps = (currentIsA ? b : a).size() - 1 + 5; // locked, cleaned, one per page, complete, link-made, published
            try (ChildBuild child = new ChildBuild(site, out, STEP_MILLIS)) {
                if (random.nextInt(10) < 3) {
                    Thread.sleep(random.nextInt(1500)); // anywhere: start-up, load, render, lock
                } else if (child.awaitSteps(1 + random.nextInt(steps))) {
                    inWriteStage++;
                    Thread.sleep(random.nextInt((int) STEP_MILLIS));
                }
                child.kill();
            }
            Map<String, String> now = Sites.read(out);
            boolean isA = now.equals(a);
            assertTrue(isA || now.equals(b), "kill " + i + ": the output is neither complete build: " + now.keySet());
            if (isA != currentIsA) {
                published++;
            }
            currentIsA = isA;
            List<String> left = leftovers(out);
            assertTrue(left.size() <= 3, "kill " + i + ": leftovers pile up: " + left);
        }
        assertTrue(inWriteStage >= KILLS / 2, "most kills land in the write stage: " + inWriteStage);
        assertTrue(published > 0 && published < KILLS, "some killed builds had published, some not: " + published);

        // A build that runs to the end removes every leftover but the previous version.
        Path next = currentIsA ? siteB : siteA;
        Path previous = Files.readSymbolicLink(out);
        try (ChildBuild child = new ChildBuild(next, out, 0)) {
            assertEquals(0, child.exitCode(), child.errors());
        }
        assertEquals(currentIsA ? b : a, Sites.read(out));
        assertEquals(List.of(previous.toString()), leftovers(out));
        reader.finish();
        System.out.println("reader: " + reader.opens() + " opens of OUT/index.html during " + KILLS + " killed builds, "
                + reader.failures().size() + " failed");
        assertEquals(List.of(), reader.failures());
        assertTrue(reader.opens() > KILLS);
    }

    /**
     * Opens a file in a loop, {@code pauseMillis} apart (0: as fast as it can), until told to stop;
     * every open must succeed and read one of the expected texts.
     */
    static final class IndexReader extends Thread {
        private final Path file;
        private final Set<String> expected;
        private final AtomicBoolean done = new AtomicBoolean();
        private final AtomicLong opens = new AtomicLong();
        private final List<String> failures = new CopyOnWriteArrayList<>();

        private final long pauseMillis;

        IndexReader(Path file, Set<String> expected, long pauseMillis) {
            this.file = file;
            this.expected = expected;
            this.pauseMillis = pauseMillis;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!done.get() && failures.size() < 10) {
                try {
                    String text = Files.readString(file);
                    if (!expected.contains(text)) {
                        failures.add("read " + text.length() + " characters of neither build");
                    }
                } catch (IOException e) {
                    failures.add(e.toString());
                }
                opens.incrementAndGet();
                if (pauseMillis > 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        void finish() throws InterruptedException {
            done.set(true);
            join();
        }

        long opens() {
            return opens.get();
        }

        List<String> failures() {
            return failures;
        }
    }

    private Map<String, String> expected(Path site, String name) throws Exception {
        Path out = dir.resolve(name);
        new Build(site, out).run();
        return Sites.read(out);
    }

    /** Entries beside {@code out} other than itself, its lock and the version it links to. */
    static List<String> leftovers(Path out) throws Exception {
        String current = Files.readSymbolicLink(out).toString();
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(out.getParent())) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(out.getFileName().toString()) && !n.equals(current)
                            && !n.equals("." + out.getFileName() + ".lock"))
                    .sorted().forEach(names::add);
        }
        return names;
    }
}
