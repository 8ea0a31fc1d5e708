package org.gongkai.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Cli;
import org.gongkai.support.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fmt over a generated two-year corpus of 600 files: idempotent, and the result still builds. */
class FmtCorpusIT {

    @TempDir
    Path dir;

    @Test
    void formattingIsIdempotentOverAGeneratedCorpusAndChangesNoData() throws Exception {
        Path site = Corpus.generate(dir.resolve("corpus"), 30, 10, "2023", "2024");
        Files.writeString(site.resolve("site.yaml"), "title: 语料\n");
        List<Path> files = ContentFiles.find(List.of(site));
        assertTrue(files.size() > 500, "corpus has " + files.size() + " files");

        Cli.Run check = Cli.run("fmt", "--check", site.toString());
        assertEquals(1, check.code(), "the generator quotes every text, so its files are not canonical");
        assertEquals(0, Cli.run("fmt", site.toString()).code());
        for (Path file : files) {
            String once = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(once, Formatter.format(once, ContentKind.of(file)), file + " changes when formatted again");
            assertTrue(once.endsWith("\n") && !once.contains("\r"), file.toString());
        }
        assertEquals(0, Cli.run("fmt", "--check", site.toString()).code());
        // The formatted corpus still loads and builds: fmt lays out, it does not edit.
        new Build(site, dir.resolve("out")).run();
    }
}
