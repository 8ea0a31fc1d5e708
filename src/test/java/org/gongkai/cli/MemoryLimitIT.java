package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input run as a user runs it, in a child JVM with a 512 MB heap (the same classpath):
 * a clean message and exit code, never an OutOfMemoryError or a stack trace.
 */
class MemoryLimitIT {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run gongkai(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void clean(Run run) {
        assertFalse(run.err().contains("OutOfMemoryError"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aZipBombAndAHugeWorkbookAreRefusedWithinTheHeap() throws Exception {
        Path bomb = org.gongkai.importer.HostileFilesAccess.zipBomb(dir.resolve("bomb.docx"));
        Run run = gongkai(dir, "import", bomb.toString(), "-o", dir.resolve("site").toString(), "--year", "2023");
        clean(run);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith(bomb + "：无法读取（"), run.err());

        Path rows = org.gongkai.importer.HostileFilesAccess.bigWorkbook(dir.resolve("rows.xlsx"));
        run = gongkai(dir, "import", rows.toString(), "-o", dir.resolve("site").toString(), "--year", "2023");
        clean(run);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith(rows + "：无法读取（"), run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aHugeExponentIsRefusedByCheckAndBuild() throws Exception {
        Path site = Sites.write(dir.resolve("site"), Sites.MINIMAL.replace("  total: 1.00", "  total: 1e999999999"));
        String expected = "content/2023/731001/projects/P1.yaml:4:10: \"total\" 不能用科学记数法（1e999999999），"
                + "请写成不超过 15 位整数、6 位小数的普通数字";
        Run check = gongkai(dir, "check", site.toString());
        clean(check);
        assertEquals(2, check.code(), check.err());
        assertTrue(check.err().contains(expected), check.err());
        Run build = gongkai(dir, "build", site.toString());
        clean(build);
        assertEquals(1, build.code(), build.err());
        assertTrue(build.err().contains(expected), build.err());
    }
}
