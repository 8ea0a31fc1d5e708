package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting an earlier build's folder, which guesses each entry's type from its name: every guess,
 * right or wrong, ends with the entry gone, and a link is removed without following it.
 */
class DeleteTreeTest {

    @TempDir
    Path dir;

    @Test
    void deletesEveryKindOfEntryAndNoLinksTarget() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path root = dir.resolve("version");
        for (String file : List.of("index.html", "2024/731001/data.csv", "2024/731001/P1/index.html", "README",
                "assets/app.min.js", "folder.with.dots/file", "folder.with.dots/no-dot-file", "a/b/c/d/e/deep")) {
            Path f = root.resolve(file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, file);
        }
        Files.createDirectories(root.resolve("empty"));
        Files.createDirectories(root.resolve("empty.folder"));
        Files.createSymbolicLink(root.resolve("link-to-folder"), outside);
        Files.createSymbolicLink(root.resolve("link.to.folder"), outside);
        Files.createSymbolicLink(root.resolve("2024/link-to-file"), outside.resolve("keep.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), dir.resolve("nothing"));

        SiteWriter.deleteTree(root);

        assertFalse(Files.exists(root));
        try (Stream<Path> left = Files.walk(outside)) {
            assertEquals(List.of("outside", "keep.txt"), left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aFileOrNothingIsFine() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        SiteWriter.deleteTree(file);
        assertFalse(Files.exists(file));
        SiteWriter.deleteTree(dir.resolve("missing"));
        assertTrue(Files.isDirectory(dir));
    }
}
