package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.site.Page;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: one writer at a time, never missing for a reader, migration, repair, permissions. */
class OutputFolderTest {

    @TempDir
    Path dir;

    private static List<Page> pages(String index, int filler) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index.html", index.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < filler; i++) {
            pages.add(new Page("p/" + i + "/index.html", ("page " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    @Test
    void aSecondBuildWaitsForTheFirstAndPublishesAfterIt() throws Exception {
        Path siteA = Sites.write(dir.resolve("site-a"), Sites.MINIMAL);
        Path siteB = Sites.write(dir.resolve("site-b"), Sites.MINIMAL);
        Sites.put(siteB, "content/2023/731001/projects/P2.yaml", "code: P2\nname: 第二个项目\nbudget:\n  total: 2.00\n");
        new Build(siteB, dir.resolve("expected-b")).run();
        Path out = dir.resolve("pub/out");
        try (ChildBuild first = new ChildBuild(siteA, out, 300)) {
            assertTrue(first.awaitSteps(1), first.errors()); // holds the lock, and keeps it for seconds
            try (ChildBuild second = new ChildBuild(siteB, out, 0)) {
                assertEquals(0, first.exitCode(), first.errors());
                assertEquals(0, second.exitCode(), second.errors());
                assertFalse(second.errors().contains("原有输出保持不变"), second.errors());
            }
        }
        assertEquals(Sites.read(dir.resolve("expected-b")), Sites.read(out), "the build that waited published last");
        assertEquals(1, OutputKillIT.leftovers(out).size(), "only the first build's version, kept until the next build");
    }

    @Test
    void aBuildThatCannotGetTheLockRefusesAndWritesNothing() throws Exception {
        Path out = dir.resolve("pub/out");
        new SiteWriter(out).write(pages("旧", 3));
        Map<String, String> before = Sites.read(out);
        try (OutputLock held = OutputLock.acquire(out.toAbsolutePath(), Duration.ZERO)) {
            BuildException e = assertThrows(BuildException.class,
                    () -> new SiteWriter(out, Duration.ofSeconds(1)).write(pages("新", 3)));
            assertEquals("另一个 gongkai 构建正在写入输出文件夹 " + out.toAbsolutePath() + "（锁文件 "
                    + dir.resolve("pub/.out.lock").toAbsolutePath() + "），等了 1 秒仍未结束；本次构建没有写入任何文件，请等那个构建结束后重试",
                    e.getMessage());
        }
        assertEquals(before, Sites.read(out));
        assertEquals(List.of(), OutputKillIT.leftovers(out));
        new SiteWriter(out).write(pages("新", 3));
        assertEquals("新", Sites.read(out).get("index.html"), "the lock is free again");
    }

    /** A reader opening OUT/index.html in a loop while the output is replaced again and again. */
    @Test
    void aReaderNeverFindsTheOutputMissingDuringRebuilds() throws Exception {
        Path out = dir.resolve("pub/out");
        List<Page> a = pages("A", 20);
        List<Page> b = pages("B", 20);
        new SiteWriter(out).write(a);
        OutputKillIT.IndexReader reader = new OutputKillIT.IndexReader(out.resolve("index.html"), Set.of("A", "B"), 0);
        reader.start();
        for (int i = 0; i < 40; i++) {
            new SiteWriter(out).write(i % 2 == 0 ? b : a);
        }
        reader.finish();
        System.out.println("reader: " + reader.opens() + " opens of OUT/index.html during 40 rebuilds, "
                + reader.failures().size() + " failed");
        assertEquals(List.of(), reader.failures());
        assertTrue(reader.opens() > 40);
    }

    @Test
    void aPlainOutputFolderOfAnEarlierGongkaiIsMigratedAndOldLeftoversRemoved() throws Exception {
        Path out = dir.resolve("pub/out");
        Sites.put(out, SiteWriter.MARKER, "");
        Sites.put(out, "index.html", "旧");
        Sites.put(dir.resolve("pub"), ".out.new-8412345/index.html", "被杀掉的构建写了一半");
        Sites.put(dir.resolve("pub"), ".out.old-977/index.html", "被杀掉的构建换下的旧版");
        Sites.put(dir.resolve("pub"), ".out.notes/keep.txt", "名字不是 gongkai 的格式，不能删");
        new SiteWriter(out).write(pages("新", 1));
        assertTrue(Files.isSymbolicLink(out));
        assertEquals("新", Sites.read(out).get("index.html"));
        List<String> left = OutputKillIT.leftovers(out);
        assertEquals(2, left.size(), left.toString());
        assertEquals(".out.notes", left.get(0));
        assertTrue(left.get(1).startsWith(".out.v-"), "the migrated folder, kept as the previous version: " + left);
        new SiteWriter(out).write(pages("新", 1));
        assertEquals(List.of(".out.notes"), OutputKillIT.leftovers(out).subList(0, 1));
        assertEquals(2, OutputKillIT.leftovers(out).size(), "the folder migrated two builds ago is gone");
    }

    /** A kill between the two renames of a plain-folder swap leaves OUT missing; the next write puts it back first. */
    @Test
    void anOutputLeftMissingIsRestoredBeforeAnythingElse() throws Exception {
        Path pub = dir.resolve("pub");
        Sites.put(pub, ".out.v-20260101-000000-000/" + SiteWriter.MARKER, "");
        Sites.put(pub, ".out.v-20260101-000000-000/index.html", "较早的版本");
        Sites.put(pub, ".out.v-20260102-000000-000/" + SiteWriter.MARKER, "");
        Sites.put(pub, ".out.v-20260102-000000-000/index.html", "最新的完整版本");
        Sites.put(pub, ".out.v-20260103-000000-000/index.html", "写了一半（没有标记文件）");
        Path out = pub.resolve("out");
        // A write that fails (a page where a folder must go) after the repair and before publishing.
        List<Page> failing = List.of(new Page("a", new byte[0]), new Page("a/index.html", new byte[0]));
        assertThrows(java.io.UncheckedIOException.class, () -> new SiteWriter(out).write(failing));
        assertEquals("最新的完整版本", Sites.read(out).get("index.html"));
        assertEquals(List.of(), OutputKillIT.leftovers(out));
    }

    @Test
    void theOutputHasThePermissionsOfAnyNewFolderAndFile() throws Exception {
        Path out = dir.resolve("pub/out");
        new SiteWriter(out).write(pages("A", 1));
        Path probeDir = Files.createDirectory(dir.resolve("probe"));
        Path probeFile = Files.writeString(probeDir.resolve("f"), "x");
        assertEquals(Files.getPosixFilePermissions(probeDir), Files.getPosixFilePermissions(out));
        assertEquals(Files.getPosixFilePermissions(probeDir), Files.getPosixFilePermissions(out.resolve("p/0")));
        assertEquals(Files.getPosixFilePermissions(probeFile), Files.getPosixFilePermissions(out.resolve("index.html")));
        assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "readable by a web server running as another user (under the usual umask)");
    }

    @Test
    void aLinkNotMadeByGongkaiIsNeverReplaced() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("www"));
        Path out = dir.resolve("pub/out");
        Files.createDirectories(out.getParent());
        Files.createSymbolicLink(out, elsewhere);
        BuildException e = assertThrows(BuildException.class,
                () -> new SiteWriter(out).checkReplaceable(Sites.write(dir.resolve("site"), Sites.MINIMAL)));
        assertEquals("输出位置 " + out + " 是一个不由 gongkai 建立的符号链接；为免误改，请另选输出位置（-o）", e.getMessage());
        assertArrayEquals(new Object[] {elsewhere}, new Object[] {Files.readSymbolicLink(out)});
    }
}
