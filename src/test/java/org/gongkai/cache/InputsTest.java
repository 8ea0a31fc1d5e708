package org.gongkai.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read again when its stamp says it may have changed, and only then: a write that keeps
 * the size and puts the modification time back, or another file moved in its place, is seen; a
 * file written close to the build's start is read whatever its stamp.
 */
class InputsTest {

    @TempDir
    Path site;
    Path file;

    @BeforeEach
    void site() throws Exception {
        Files.writeString(site.resolve("site.yaml"), "title: 测试\n", StandardCharsets.UTF_8);
        file = site.resolve("content/2024/700001/projects/a.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "name: 甲\n", StandardCharsets.UTF_8);
    }

    /** A build's start well after every write so far: stamps are trusted. */
    private long later() {
        return Inputs.clock(site) + 2 * Inputs.RACY;
    }

    private Map<String, Inputs.InputFile> marks(long clock, Map<String, Inputs.InputFile> known) throws Exception {
        Map<String, Inputs.InputFile> byPath = new HashMap<>();
        Inputs.marks(site, Inputs.find(site, true, clock), known).forEach(f -> byPath.put(f.path(), f));
        return byPath;
    }

    /** {@code mark} with another hash: what the build finds when it takes the mark without reading the file. */
    private static Map<String, Inputs.InputFile> forged(Inputs.InputFile mark) {
        return Map.of(mark.path(), new Inputs.InputFile(mark.path(), mark.size(), ~mark.hash(), mark.stamp()));
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        Inputs.InputFile mark = marks(later(), Map.of()).get("content/2024/700001/projects/a.yaml");
        assertNotEquals(0, mark.stamp());
        assertEquals(~mark.hash(), marks(later(), forged(mark)).get(mark.path()).hash(), "taken from the cache");
        assertEquals(List.of("content/2024/700001/projects/a.yaml", "site.yaml"),
                marks(later(), Map.of()).keySet().stream().sorted().toList());
    }

    @Test
    void aWriteThatKeepsSizeAndTimeIsSeen() throws Exception {
        Inputs.InputFile mark = marks(later(), Map.of()).get("content/2024/700001/projects/a.yaml");
        FileTime time = Files.getLastModifiedTime(file);
        TimeUnit.MILLISECONDS.sleep(30); // past a tick of the coarsest clock the system keeps times by
        Files.writeString(file, "name: 乙\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        Inputs.InputFile now = marks(later(), forged(mark)).get(mark.path());
        assertEquals(mark.size(), now.size());
        assertNotEquals(mark.stamp(), now.stamp());
        assertNotEquals(~mark.hash(), now.hash(), "read again");
        assertNotEquals(mark.hash(), now.hash());
    }

    @Test
    void anotherFileMovedInItsPlaceIsSeen() throws Exception {
        Inputs.InputFile mark = marks(later(), Map.of()).get("content/2024/700001/projects/a.yaml");
        Path other = site.resolve("b.tmp");
        Files.writeString(other, "name: 丙\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
        Inputs.InputFile now = marks(later(), forged(mark)).get(mark.path());
        assertNotEquals(~mark.hash(), now.hash(), "read again");
        assertNotEquals(mark.hash(), now.hash());
    }

    @Test
    void aFileWrittenCloseToTheBuildsStartIsReadWhateverItsStamp() throws Exception {
        long clock = Inputs.clock(site);
        Inputs.InputFile mark = marks(clock, Map.of()).get("content/2024/700001/projects/a.yaml");
        assertEquals(0, mark.stamp(), "written just now: no stamp to trust");
        Inputs.InputFile stamped = marks(later(), Map.of()).get(mark.path());
        assertTrue(stamped.stamp() != 0);
        // Known with its stamp, but found by a build that started within the racy time of its last write.
        assertEquals(mark.hash(), marks(clock, forged(stamped)).get(mark.path()).hash(), "read again");
    }

    /**
     * Refound from the files a watcher saw change, the inputs are those a full look finds: a file
     * written, one added in a new folder, a folder removed, a hidden file and a file outside the
     * inputs ignored; a batch naming the site folder (events lost) asks for the full look.
     */
    @Test
    void theInputsRefoundFromWhatChangedAreThoseFound() throws Exception {
        Path other = site.resolve("content/2024/700001/projects/b.yaml");
        Files.writeString(other, "name: 丙\n", StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/site.css"), "p{}", StandardCharsets.UTF_8);
        long clock = later();
        List<Inputs.InputFile> before = Inputs.marks(site, Inputs.find(site, true, clock), Map.of());

        Files.writeString(file, "name: 甲乙丙丁\n", StandardCharsets.UTF_8);
        Path added = site.resolve("content/2024/700002/projects/c.yaml");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "name: 戊\n", StandardCharsets.UTF_8);
        Files.delete(site.resolve("assets/site.css"));
        Files.delete(site.resolve("assets"));
        Path hidden = site.resolve("content/2024/700001/projects/.a.yaml.swp");
        Files.writeString(hidden, "x", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
        List<Path> changed = List.of(file, site.resolve("content/2024/700002"), site.resolve("assets"), hidden,
                site.resolve("notes.txt"));

        Map<String, Inputs.Seen> refound = Inputs.refind(site, before, changed, clock);
        assertEquals(Inputs.find(site, true, clock), refound);
        assertEquals(List.of("content/2024/700001/projects/a.yaml", "content/2024/700001/projects/b.yaml",
                "content/2024/700002/projects/c.yaml", "site.yaml"), List.copyOf(refound.keySet()));
        assertEquals(null, Inputs.refind(site, before, List.of(site), clock), "events lost: look at everything");
    }
}
