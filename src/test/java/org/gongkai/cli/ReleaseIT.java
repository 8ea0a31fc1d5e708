package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a user gets it: target/gongkai-VERSION.zip (made by {@code mvn package}) unpacked
 * into an empty folder, its {@code gongkai} launcher run with a PATH that holds java and a few
 * basic tools but no Maven, no JAVA_HOME, and a locale that is not UTF-8 (a bare server).
 */
class ReleaseIT {

    private static final String VERSION = System.getProperty("gongkai.version");
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    static Path tmp;
    static Path home;
    static Path bin;

    @BeforeAll
    static void unpack() throws IOException {
        Path zip = REPO.resolve("target/gongkai-" + VERSION + ".zip");
        assertTrue(Files.isRegularFile(zip), zip + " is made by mvn package");
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = tmp.resolve("unpacked").resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                // The modes stored in the zip, as unzip applies them: the launcher must be executable.
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(entry.getUnixMode())));
            }
        }
        home = tmp.resolve("unpacked/gongkai-" + VERSION);
        bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("sh", "sed", "uname", "dirname", "ls", "mv", "rm")) {
            Path found = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream()
                    .filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
    }

    @Test
    void theZipHoldsTheLaunchersTheJarTheOptionsAndTheDocs() throws IOException {
        for (String name : List.of("gongkai", "gongkai.bat", "lib/gongkai.jar", "lib/cds.sh", "lib/jvm.options", "README.md",
                "docs/format.md", "docs/checks.md", "docs/import.md", "samples/遵化市科协2023.docx", "samples/岳阳县农业农村局2022.txt")) {
            assertTrue(Files.isRegularFile(home.resolve(name)), name);
        }
        assertTrue(Files.isExecutable(home.resolve("gongkai")));
        assertEquals(Files.readString(REPO.resolve("dist/jvm.options")), Files.readString(home.resolve("lib/jvm.options")));
        String bat = Files.readString(home.resolve("gongkai.bat"), StandardCharsets.UTF_8);
        assertTrue(bat.contains("\r\n") && !bat.replace("\r\n", "").contains("\n"), "gongkai.bat has CRLF line ends");
    }

    @Test
    void initBuildCheckAndImportRunWithAJavaRuntimeAlone() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        assertFalse(Files.exists(bin.resolve("mvn")));

        Result init = run(work, Map.of(), "init", "公开网站");
        assertEquals(0, init.code, init.all());
        assertTrue(init.out.startsWith("已在 公开网站 新建站点"), init.all());

        Result build = run(work, Map.of(), "build", "公开网站");
        assertEquals(0, build.code, build.all());
        assertTrue(build.out.contains("已生成 7 个页面（1 个部门，1 个项目）→ 公开网站/site"), build.all());
        assertTrue(Files.isRegularFile(work.resolve("公开网站/site/index.html")));

        // The README's walk-through, with the samples of the release.
        Result word = run(work, Map.of(), "import", home.resolve("samples/遵化市科协2023.docx").toString(),
                "-o", "公开网站", "--year", "2023", "--short-name", "731001=遵化市科协");
        assertTrue(word.out.contains("导入：1 个部门，5 个项目，1 个文件不完整"), word.all());
        Result text = run(work, Map.of(), "import", home.resolve("samples/岳阳县农业农村局2022.txt").toString(), "-o", "公开网站");
        assertTrue(text.out.contains("导入：1 个部门，1 个项目"), text.all());
        assertFalse((word.all() + text.all()).contains("??"), "Chinese survives a locale that is not UTF-8");

        Result check = run(work, Map.of(), "check", "公开网站");
        assertTrue(check.out.contains("检查：0 个错误"), check.all());

        Result again = run(work, Map.of(), "build", "公开网站");
        assertEquals(0, again.code, again.all());
        assertTrue(again.out.contains("（3 个部门，7 个项目）"), again.all());
        assertTrue(Files.isRegularFile(work.resolve("公开网站/site/2023/731001/index.html")), again.all());
    }

    @Test
    void theLauncherPassesTheOptionsOfJvmOptionsOrElseGongkaiJavaOpts() throws Exception {
        Path copy = launcherPrintingFlags(tmp.resolve("options"));
        Files.createSymbolicLink(copy.resolve("lib/gongkai.jar"), home.resolve("lib/gongkai.jar"));

        Result shared = run(copy, copy.resolve("gongkai"), Map.of(), "--version");
        assertEquals(0, shared.code, shared.all());
        assertTrue(shared.out.contains("-XX:TieredStopAtLevel=1") && shared.out.contains("-XX:+UseParallelGC"), shared.all());
        assertTrue(shared.out.contains("gongkai " + VERSION), shared.all());

        Result own = run(copy, copy.resolve("gongkai"), Map.of("GONGKAI_JAVA_OPTS", "-XX:+UseSerialGC -XX:+PrintCommandLineFlags"), "--version");
        assertTrue(own.out.contains("-XX:+UseSerialGC") && !own.out.contains("UseParallelGC"), own.all());
        assertFalse(own.out.contains("SharedArchiveFile"), own.all());
    }

    /**
     * A copy of the release's launcher in {@code copy}, whose options also print the JVM's flags;
     * the caller puts the jar (and what else it needs) in its {@code lib/}.
     */
    private static Path launcherPrintingFlags(Path copy) throws IOException {
        Files.createDirectories(copy.resolve("lib"));
        Files.copy(home.resolve("gongkai"), copy.resolve("gongkai"));
        Files.writeString(copy.resolve("lib/jvm.options"),
                Files.readString(home.resolve("lib/jvm.options")).strip() + " -XX:+PrintCommandLineFlags\n");
        return copy;
    }

    /**
     * The first run of a copy of the release makes its class-data archive (a training build), and
     * every later run maps it; a copy moved elsewhere, whose archive names the old folder, makes
     * its own without a warning; GONGKAI_CDS=false runs without one.
     */
    @Test
    void theFirstRunMakesTheClassDataArchiveForItsFolder() throws Exception {
        Path copy = launcherPrintingFlags(tmp.resolve("cds/one"));
        Files.copy(home.resolve("lib/gongkai.jar"), copy.resolve("lib/gongkai.jar"));
        Files.copy(home.resolve("lib/cds.sh"), copy.resolve("lib/cds.sh"));

        Result first = run(copy, copy.resolve("gongkai"), Map.of(), "--version");
        assertEquals(0, first.code, first.all());
        assertTrue(first.err.contains("首次运行"), first.all());
        assertTrue(Files.size(copy.resolve("lib/gongkai.jsa")) > 1_000_000, first.all());
        assertEquals(copy.toRealPath().resolve("lib").toString(), Files.readString(copy.resolve("lib/gongkai.jsa.path")).strip());
        assertTrue(first.out.contains("-XX:SharedArchiveFile=" + copy.toRealPath().resolve("lib/gongkai.jsa")), first.all());

        Result later = run(copy, copy.resolve("gongkai"), Map.of(), "--version");
        assertFalse(later.err.contains("首次运行"), later.all());
        assertTrue(later.out.contains("-XX:SharedArchiveFile="), later.all());
        assertEquals("", later.err, later.all());

        Path moved = tmp.resolve("cds/two");
        Files.move(copy, moved);
        Result again = run(moved, moved.resolve("gongkai"), Map.of(), "--version");
        assertEquals(0, again.code, again.all());
        assertTrue(again.err.contains("首次运行") && !again.err.contains("warning"), again.all());
        assertTrue(again.out.contains("-XX:SharedArchiveFile=" + moved.toRealPath().resolve("lib/gongkai.jsa")), again.all());
        assertEquals(List.of(), leftovers(moved.resolve("lib")), "the training leaves nothing behind");

        Result off = run(moved, moved.resolve("gongkai"), Map.of("GONGKAI_CDS", "false"), "--version");
        assertFalse(off.out.contains("SharedArchiveFile"), off.all());
    }

    private static List<String> leftovers(Path lib) throws IOException {
        try (var names = Files.list(lib)) {
            return names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    private record Result(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n" + out + "\n" + err;
        }
    }

    private static Result run(Path dir, Map<String, String> env, String... args) throws Exception {
        return run(dir, home.resolve("gongkai"), env, args);
    }

    private static Result run(Path dir, Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", tmp.toString());
        pb.environment().put("LANG", "C");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gongkai " + String.join(" ", args) + " ended");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String rwx(int mode) {
        String letters = "rwxrwxrwx";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            s.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
        }
        return mode == 0 ? "rw-r--r--" : s.toString();
    }
}
