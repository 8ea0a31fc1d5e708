package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;

/** Every package of the main code says what its concern is, so a newcomer finds the code without asking. */
class PackageInfoTest {

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        Path main = Sites.REPO.resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(main)) {
            List<String> missing = walk.filter(Files::isDirectory)
                    .filter(dir -> hasJava(dir) && !Files.exists(dir.resolve("package-info.java")))
                    .map(dir -> main.relativize(dir).toString()).sorted().toList();
            assertEquals(List.of(), missing);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
