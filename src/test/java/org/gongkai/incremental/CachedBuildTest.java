package org.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.cache.BuildCache;
import org.gongkai.pipeline.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build from its cache writes, byte for byte, what a build from nothing writes: over a seeded
 * sequence of random edits, additions and deletions (those of {@link LiveBuildTest}) to a
 * two-year corpus with every page type and data file on. A cache that is damaged, for another
 * output, or describes an output changed since, is not used; nor is one when the settings or the
 * theme changed.
 */
class CachedBuildTest {

    /**
     * {@code inMemory}: each build also keeps its cache in memory and the next takes it from there
     * ({@code build --watch}), told which files changed, with what the search index left: its
     * chunks of unchanged documents, and the shards an edit in place did not reach, are then the
     * build before's very files.
     */
    @ParameterizedTest(name = "cache kept in memory: {0}")
    @ValueSource(booleans = {false, true})
    void everyBuildFromTheCacheIsTheBuildFromNothing(boolean inMemory, @TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = dir.resolve("out");
        assertEquals(0, cached(site, out, inMemory).kept(), "the first build has no cache to start from");
        Random random = new Random(16);
        int partial = 0;
        int recycled = 0;
        int chunksTaken = 0;
        int shardsTaken = 0;
        List<Object> versions = new java.util.ArrayList<>(List.of(folderKey(out)));
        for (int step = 0; step < 16; step++) {
            List<Path> changed = step == 0 ? List.of() : LiveBuildTest.Edits.random(site, random);
            // A chunk taken is the same file as before (a second name for it); a chunk made is a new one.
            Map<String, Object> before = fileKeys(out);
            // In memory, the build is told what changed, as build --watch tells it what the watcher saw.
            Build.Result result = new Build(site, out).cache(true).keepCacheInMemory(inMemory)
                    .changedSince(inMemory ? changed : null).run();
            Map<String, Object> after = fileKeys(out);
            if (after.entrySet().stream().anyMatch(e -> e.getKey().startsWith("search/d/")
                    && e.getValue().equals(before.get(e.getKey())))) {
                chunksTaken++;
            }
            if (after.entrySet().stream().anyMatch(e -> e.getKey().startsWith("search/t/")
                    && e.getValue().equals(before.get(e.getKey())))) {
                shardsTaken++;
            }
            versions.add(folderKey(out));
            if (versions.get(versions.size() - 1).equals(versions.get(versions.size() - 3 < 0 ? 0 : versions.size() - 3))) {
                recycled++;
            }
            Build.Result clean = new Build(site, dir.resolve("clean")).run();
            String what = "step " + step + " " + changed;
            assertSameFiles(dir.resolve("clean"), out, what);
            assertEquals(clean.pages(), result.pages(), what);
            assertEquals(clean.findings(), result.findings(), what);
            assertEquals(clean.externalLinks(), result.externalLinks(), what);
            if (result.kept() > 0) {
                partial++;
            }
            if (step == 0) {
                assertTrue(result.kept() > 0, "nothing changed: every page is kept");
            }
        }
        assertTrue(partial >= 12, "most edits reach part of the site: " + partial);
        assertTrue(recycled >= 8, "most versions are made from the one before the output: " + recycled);
        // Kept in memory or read from the cache file, the postings before are there to compare with.
        assertTrue(chunksTaken >= 8, "most builds take the unchanged chunks of the index: " + chunksTaken);
        assertTrue(shardsTaken >= 1, "an edit in place leaves shards to take: " + shardsTaken);
    }


    @Test
    void aVersionIsMadeFromTheOneBeforeTheOutputUnlessThatWasChanged(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = built(site, dir);
        Object first = folderKey(out);
        Path project = site.resolve("content/2024/700001/projects/13028123P000001000006.yaml");
        String text = Files.readString(project);
        Files.writeString(project, text.replaceFirst("(?m)^    target: .*$", "    target: \"≥601人次\""));
        cached(site, out);
        Object second = folderKey(out);
        assertTrue(!second.equals(first), "the output before a version is left to readers still reading it");
        // A project removed: its folder goes from the version made from the first.
        Path other = site.resolve("content/2024/700001/projects/13028123P00000100003N.yaml");
        String removed = Files.readString(other);
        Files.delete(other);
        assertTrue(cached(site, out).kept() > 0);
        assertEquals(first, folderKey(out), "the first build's folder, made over");
        assertACleanBuild(site, out, dir, "a version made from the one before the output");
        // Back: the project's folder comes back into the second build's folder, made over.
        Files.writeString(other, removed);
        cached(site, out);
        assertEquals(second, folderKey(out));
        assertACleanBuild(site, out, dir, "a project put back");
        // A file of the folder before the output replaced by hand (a new file, not a second name): not used.
        Path spare = Files.list(dir).filter(p -> p.getFileName().toString().startsWith(".out.v-")
                && !p.equals(uncheckedRealPath(out))).findFirst().orElseThrow();
        Path page;
        try (Stream<Path> files = Files.walk(spare)) { // a project page of another department: the same file as the output's
            page = files.filter(p -> p.toString().contains("13028123P00000000001Y") && p.endsWith("index.html"))
                    .findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(page);
        Files.delete(page);
        Files.write(page, bytes);
        Files.writeString(project, text);
        assertTrue(cached(site, out).kept() > 0, "the output itself is as the cache says");
        assertTrue(!folderKey(out).equals(first), "a spare changed by hand is not made over");
        assertACleanBuild(site, out, dir, "after the spare was changed");
    }

    private static Object folderKey(Path out) throws IOException {
        return Files.readAttributes(out.toRealPath(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static Path uncheckedRealPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEditedIndicatorMakesItsProjectPageAgainAndKeepsTheOtherPages(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = built(site, dir);
        Map<String, Object> before = fileKeys(out);
        Path project = site.resolve("content/2024/700001/projects/13028123P000001000006.yaml");
        Files.writeString(project, Files.readString(project).replaceFirst("(?m)^    target: .*$", "    target: \"≥601人次\""));
        Build.Result result = cached(site, out);
        Map<String, Object> after = fileKeys(out);
        // A kept file is the same file as before (a second name for it); a file made again is a new one.
        List<String> madeAgain = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        List<String> pages = madeAgain.stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.stream().anyMatch(p -> p.contains("13028123P000001000006")), pages.toString());
        assertTrue(pages.stream().noneMatch(p -> p.contains("/7") && !p.contains("13028123P000001000006")
                && !p.contains("compare")), "no other department or project page: " + pages);
        assertEquals(after.size() - madeAgain.size(), result.kept());
        assertACleanBuild(site, out, dir, "indicator");
    }

    /** The files of the output {@code out} by path, each as the file system knows it (its inode): the same file, or another. */
    private static Map<String, Object> fileKeys(Path out) throws IOException {
        Path root = out.toRealPath();
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                keys.put(root.relativize(p).toString().replace('\\', '/'),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        keys.remove(".gongkai-build");
        return keys;
    }

    @Test
    void aDamagedOrForeignCacheIsNotUsed(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = dir.resolve("out");
        Path cache = site.resolve(BuildCache.FOLDER).resolve("cache");
        cached(site, out);
        byte[] good = Files.readAllBytes(cache);
        Random random = new Random(3);
        for (int i = 0; i < 6; i++) {
            byte[] bad = good.clone();
            if (i % 2 == 0) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            } else {
                bad = java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
            }
            Files.write(cache, bad);
            assertEquals(0, cached(site, out).kept(), "damaged cache " + i);
        }
        // The cache of a build into another folder says nothing of this one's output.
        cached(site, dir.resolve("other"));
        assertEquals(0, cached(site, out).kept(), "a cache of another output folder");
        assertTrue(cached(site, out).kept() > 0, "this output's own cache");
        assertACleanBuild(site, out, dir, "after a damaged cache");
    }

    @Test
    void anOutputChangedByHandIsMadeAgain(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = built(site, dir);
        Path page = out.resolve("index.html");
        String text = Files.readString(page);
        Files.writeString(page, text.replace("<title>", "<title>改"));
        assertEquals(0, cached(site, out).kept(), "a page edited in the output");
        Files.delete(out.resolve("2024/index.html"));
        assertEquals(0, cached(site, out).kept(), "a page deleted from the output");
        assertACleanBuild(site, out, dir, "after the output was changed");
    }

    @Test
    void aBuildThatFailsLeavesTheCacheItStartedFrom(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = built(site, dir);
        Path cache = site.resolve(BuildCache.FOLDER).resolve("cache");
        byte[] before = Files.readAllBytes(cache);
        Path project = site.resolve("content/2024/700001/projects/13028123P000001000006.yaml");
        String good = Files.readString(project);
        // Amounts that do not add up: a check error, found after the new cache was begun.
        Files.writeString(project, good.replaceFirst("(?m)^  total: .*$", "  total: 1"));
        assertThrows(org.gongkai.pipeline.ContentErrors.class, () -> cached(site, out));
        try (Stream<Path> files = Files.list(cache.getParent())) {
            assertEquals(List.of(cache), files.filter(p -> !p.getFileName().toString().equals("clock")).toList(),
                    "no half-written cache is left");
        }
        assertArrayEquals(before, Files.readAllBytes(cache));
        Files.writeString(project, good);
        assertTrue(cached(site, out).kept() > 0, "the cache still describes the output");
    }

    @Test
    void settingsThemeAndAttachmentsMakeEverythingAgain(@TempDir Path dir) throws Exception {
        Path site = LiveBuildTest.corpus(dir);
        Path out = built(site, dir);
        Files.writeString(site.resolve("site.yaml"), LiveBuildTest.SITE_YAML.replace("生成的样本站点", "样本站点"),
                StandardCharsets.UTF_8);
        assertEquals(0, cached(site, out).kept(), "site.yaml");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/extra.css"), "body { margin: 0 }\n");
        assertEquals(0, cached(site, out).kept(), "an asset");
        assertTrue(cached(site, out).kept() > 0, "nothing changed since");
        Files.createDirectories(site.resolve("attachments"));
        Files.writeString(site.resolve("attachments/a.txt"), "附件\n");
        assertEquals(0, cached(site, out).kept(), "an attachment");
        assertACleanBuild(site, out, dir, "after the settings and theme changed");
    }

    /** The output folder {@code dir/out}, built once with the cache. */
    private static Path built(Path site, Path dir) throws Exception {
        Path out = dir.resolve("out");
        cached(site, out);
        return out;
    }

    private static Build.Result cached(Path site, Path out) throws Exception {
        return cached(site, out, false);
    }

    private static Build.Result cached(Path site, Path out, boolean inMemory) throws Exception {
        return new Build(site, out).cache(true).keepCacheInMemory(inMemory).run();
    }

    /** {@code out} is what a build from nothing of {@code site} writes (into {@code dir/clean}). */
    private static void assertACleanBuild(Path site, Path out, Path dir, String what) throws Exception {
        new Build(site, dir.resolve("clean")).run();
        assertSameFiles(dir.resolve("clean"), out, what);
    }

    /** The two outputs hold the same files with the same bytes (the marker file aside). */
    static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), what + ": the same files");
        assertEquals(folders(expected), folders(actual), what + ": the same folders");
        for (String path : want.keySet()) {
            assertArrayEquals(want.get(path), got.get(path), what + ": " + path);
        }
    }

    private static java.util.Set<String> folders(Path out) throws IOException {
        Path root = out.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static Map<String, byte[]> files(Path out) throws IOException {
        Path root = out.toRealPath();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
