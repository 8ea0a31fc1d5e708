package org.gongkai.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gongkai.load.SiteLoader;
import org.gongkai.incremental.Dependencies;

/**
 * The content hash of every input of a build: site.yaml and every file under content/,
 * templates/, assets/ and attachments/ but hidden ones, read in full each build. A file's mark is
 * its size and two checksums of its bytes (CRC-32C and CRC-32, 64 bits together): one changed
 * file goes unnoticed only if both sums and the size come out the same, about one chance in
 * 10<sup>19</sup>. Times and sizes alone are not trusted: an editor or a checkout may keep both.
 */
public final class Inputs {


    /** One input: its path in the site folder (forward slashes), its size and its checksums. */
    public record InputFile(String path, long size, long hash) {
    }

    private Inputs() {
    }

    /**
     * The site's inputs in path order, those in content/ only when {@code content} (a build that
     * reads them all takes their marks as it reads them, {@link #of}); throws when a folder cannot
     * be read (the build then keeps no cache).
     */
    public static List<InputFile> scan(Path siteDir, boolean content) throws IOException {
        List<String> paths = new ArrayList<>();
        if (Files.isRegularFile(siteDir.resolve(SiteLoader.SITE_FILE))) {
            paths.add(SiteLoader.SITE_FILE);
        }
        for (String folder : Dependencies.INPUT_FOLDERS) {
            if (!content && folder.equals(SiteLoader.CONTENT_DIR)) {
                continue;
            }
            Path dir = siteDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                                return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                                if (!hidden(f)) {
                                    paths.add(siteDir.relativize(f).toString().replace('\\', '/'));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            }
        }
        paths.sort(null);
        try {
            return paths.parallelStream().map(p -> {
                try {
                    return mark(p, siteDir.resolve(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The mark of a file read as {@code bytes}. */
    public static InputFile of(String path, byte[] bytes) {
        Sums sums = new Sums();
        sums.update(bytes, bytes.length);
        return sums.mark(path);
    }

    /** A file's size and its two checksums, taken as its bytes come. */
    private static final class Sums {
        private final CRC32C c = new CRC32C();
        private final CRC32 d = new CRC32();
        private long size;

        void update(byte[] bytes, int length) {
            c.update(bytes, 0, length);
            d.update(bytes, 0, length);
            size += length;
        }

        InputFile mark(String path) {
            return new InputFile(path, size, c.getValue() << 32 | d.getValue());
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static InputFile mark(String name, Path file) throws IOException {
        Sums sums = new Sums();
        byte[] buffer = new byte[16384];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sums.update(buffer, n);
            }
        }
        return sums.mark(name);
    }
}
