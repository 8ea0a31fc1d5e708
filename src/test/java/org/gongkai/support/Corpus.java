package org.gongkai.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Content trees from bench/gen_corpus.py, the generator of realistic disclosures. */
public final class Corpus {

    private Corpus() {
    }

    /**
     * Writes a corpus into {@code dir} (content/ under it). Needs python3: outside CI a missing
     * python3 skips the calling test with a message; in CI it fails it.
     */
    public static Path generate(Path dir, int departments, int projects, String... years) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", Sites.REPO.resolve("bench/gen_corpus.py").toString(),
                "--out", dir.toString(), "--departments", String.valueOf(departments),
                "--projects", String.valueOf(projects), "--years"));
        command.addAll(List.of(years));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            String message = "需要 python3 来生成测试语料：" + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
            return null;
        }
        Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gen_corpus.py did not finish");
        Assertions.assertEquals(0, process.exitValue(), "gen_corpus.py failed");
        Assertions.assertTrue(Files.isDirectory(dir.resolve("content")));
        return dir;
    }
}
