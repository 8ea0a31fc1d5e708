package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200-project document imports in under 5 s, as text and as Word (FixtureTool big makes it). */
class SpeedTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredProjects() throws Exception {
        String text = FixtureTool.big(Files.readString(SeedRoundTripTest.SEED, StandardCharsets.UTF_8), 200);
        Path txt = Files.writeString(dir.resolve("big.txt"), text, StandardCharsets.UTF_8);
        Path docx = dir.resolve("big.docx");
        FixtureTool.writeDocx(TextSource.read(text), docx);
        for (Path file : List.of(txt, docx)) {
            long start = System.nanoTime();
            Importer.Result result = Importer.run(List.of(file), SeedRoundTripTest.OPTIONS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("import " + file.getFileName() + "：200 个项目，" + ms + " ms");
            assertEquals(201, result.outputs().size());
            assertEquals(List.of(), result.findings());
            assertTrue(ms < 5000, file.getFileName() + " took " + ms + " ms");
        }
    }
}
