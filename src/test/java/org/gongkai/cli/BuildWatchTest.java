package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build --watch}: a save is built, incrementally, into the same output a build from
 * nothing makes; a save with an error is reported and leaves the output as it was, and the next
 * good save is built; stopping returns the last build's exit code.
 */
class BuildWatchTest {

    @Test
    void eachSaveIsBuiltUntilStopped(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("site"), Sites.MINIMAL);
        Path project = site.resolve("content/2023/731001/projects/P1.yaml");
        Sites.put(site, "content/2023/731001/projects/P1.yaml", "code: P1\nname: 测试\nbudget:\n  total: 1\n");
        Path out = dir.resolve("out");
        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine command = new CommandLine(new BuildCommand());
        command.setOut(new PrintWriter(printed, true));
        command.setErr(new PrintWriter(errors, true));
        int[] code = {-1};
        Thread watching = new Thread(() -> code[0] = command.execute(site.toString(), "-o", out.toString(), "--watch"));
        watching.start();
        try {
            await(() -> printed.toString().contains("正在监视"), printed);
            assertTrue(printed.toString().startsWith("已生成 "), printed.toString());

            Files.writeString(project, "code: P1\nname: 改过的名称\nbudget:\n  total: 2\n");
            await(() -> count(printed.toString(), "从改动到生成完毕") == 1, printed);
            assertTrue(printed.toString().contains("改动：content/2023/731001/projects/P1.yaml\n"), printed.toString());
            assertSameAsABuildFromNothing(site, out, dir);

            // An error: reported, the output kept; then the fix is built.
            byte[] good = Files.readAllBytes(out.resolve("index.html"));
            Files.writeString(project, "code: P1\nnmae: 测试\nbudget:\n  total: 2\n");
            await(() -> count(printed.toString(), "从改动到生成完毕") == 2, printed);
            assertTrue(errors.toString().contains("P1.yaml:2:1: 未知的键 \"nmae\""), errors.toString());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(out.resolve("index.html"))));
            Files.writeString(project, "code: P1\nname: 第三个名称\nbudget:\n  total: 3\n");
            await(() -> count(printed.toString(), "从改动到生成完毕") == 3, printed);
            assertSameAsABuildFromNothing(site, out, dir);
        } finally {
            watching.interrupt();
            watching.join(30_000);
        }
        assertFalse(watching.isAlive());
        assertEquals(0, code[0], "the last build's exit code");
        assertFalse(errors.toString().contains("Exception"), errors.toString());
    }

    /**
     * A heap too small for the cache kept in memory beside a build: the builds read it from its
     * file instead, and the watch says why it is slower.
     */
    @Test
    void aHeapTooSmallToKeepTheCacheIsSaidAndTheBuildsReadItsFile(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("site"), Sites.MINIMAL);
        StringWriter printed = new StringWriter();
        java.util.List<Boolean> kept = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        BuildWatch small = new BuildWatch(site, new PrintWriter(printed, true), (changed, keep) -> {
            kept.add(keep);
            return 0;
        }, 1000);
        BuildWatch large = new BuildWatch(site, new PrintWriter(new StringWriter(), true), (changed, keep) -> {
            kept.add(keep);
            return 0;
        }, Long.MAX_VALUE / 8);
        try (small; large) {
            small.start();
            large.start();
        }
        assertEquals(java.util.List.of(false, true), kept);
        assertTrue(printed.toString().startsWith("（站点较大，Java 的堆不足以在两次生成之间把构建缓存留在内存里"), printed.toString());
    }

    private static void assertSameAsABuildFromNothing(Path site, Path out, Path dir) throws Exception {
        Path clean = dir.resolve("clean");
        new Build(site, clean).run();
        assertEquals(Sites.read(clean), Sites.read(out));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void await(BooleanSupplier done, StringWriter printed) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited a minute for the watch; it printed:\n" + printed);
            }
            Thread.sleep(20);
        }
    }
}
