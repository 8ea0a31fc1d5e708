package org.gongkai.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gongkai.incremental.Dependencies;
import org.gongkai.load.SiteLoader;
import org.gongkai.parallel.Batches;

/**
 * The content hash of every input of a build: site.yaml and every file under content/,
 * templates/, assets/ and attachments/ but hidden ones. A file's mark is its size and two
 * checksums of its bytes (CRC-32C and CRC-32, 64 bits together): one changed file goes unnoticed
 * only if both sums and the size come out the same, about one chance in 10<sup>19</sup>.
 *
 * <p>A file is read again only when its {@linkplain InputFile#stamp stamp} changed, as Git's index
 * does: its times of change and of modification, its inode and device, taken before it is read.
 * Times alone are not trusted (an editor, a copy or a checkout may keep them), but the time of
 * change is the system's own, set by every write and every change of the other times, so a file
 * whose stamp is the same is the same file, unwritten. A file written within {@link #RACY} of a
 * build's start (by the file system's clock) gets no stamp: a second write in the same tick of a
 * coarse clock would leave its times as they were. Where the system has no such times (Windows),
 * every file is read each build.
 */
public final class Inputs {

    /** How close to a build's start a file's times must be for its stamp not to be trusted. */
    static final long RACY = TimeUnit.SECONDS.toNanos(3);
    /** The file whose time is the file system's clock (a network drive's may not be this machine's). */
    static final String CLOCK = "clock";

    /**
     * One input: its path in the site folder (forward slashes), its size, its checksums, and its
     * stamp when it was hashed (0: none to trust).
     */
    public record InputFile(String path, long size, long hash, long stamp) {
        /** Whether the two marks say the same bytes. */
        public boolean sameContent(InputFile other) {
            return other != null && path.equals(other.path) && size == other.size && hash == other.hash;
        }
    }

    /** A file found, before it is read: its size and stamp (0 when it has none to trust). */
    public record Seen(String path, long size, long stamp) {
    }

    private Inputs() {
    }

    /**
     * The file system's time now, in nanoseconds, as a file written in {@code siteDir}'s cache
     * folder takes it; {@link Long#MAX_VALUE} (no stamp is trusted) when none can be written.
     */
    public static long clock(Path siteDir) {
        try {
            Path folder = siteDir.resolve(BuildCache.FOLDER);
            Files.createDirectories(folder);
            Path file = folder.resolve(CLOCK);
            Files.write(file, new byte[0]);
            return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The site's inputs, found and stamped but not read, by path, those in content/ only when
     * {@code content}; {@code clock} is the build's start ({@link #clock}). Throws when a folder
     * cannot be read (the build then keeps no cache).
     */
    public static Map<String, Seen> find(Path siteDir, boolean content, long clock) throws IOException {
        List<String> folders = new ArrayList<>();
        for (String folder : Dependencies.INPUT_FOLDERS) {
            if ((content || !folder.equals(SiteLoader.CONTENT_DIR)) && Files.isDirectory(siteDir.resolve(folder))) {
                folders.add(folder);
            }
        }
        Map<String, Seen> found = new ConcurrentSkipListMap<>();
        if (Files.isRegularFile(siteDir.resolve(SiteLoader.SITE_FILE))) {
            found.put(SiteLoader.SITE_FILE, seen(SiteLoader.SITE_FILE, siteDir.resolve(SiteLoader.SITE_FILE), clock).seen());
        }
        try {
            // Each entry is asked for once, its kind and stamp together (a walk asks twice); folders in parallel.
            Batches.stream(folders).forEach(f -> visit(siteDir, f, clock, found));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return found;
    }

    /**
     * The site's inputs as {@link #find} would find them, from those of a build before
     * ({@code before}) and the files a watcher saw change since ({@code changed}: files and folders
     * created, written or removed): only those are asked for again. Null when {@code changed} names
     * the site folder itself (events were lost: {@link #find} everything).
     */
    public static Map<String, Seen> refind(Path siteDir, List<InputFile> before, java.util.Collection<Path> changed,
            long clock) throws IOException {
        ConcurrentSkipListMap<String, Seen> found = new ConcurrentSkipListMap<>();
        before.forEach(f -> found.put(f.path(), new Seen(f.path(), f.size(), f.stamp())));
        Path root = siteDir.toAbsolutePath().normalize();
        for (Path file : changed) {
            Path rel = root.relativize(file.toAbsolutePath().normalize());
            String path = rel.toString().replace('\\', '/');
            if (path.isEmpty()) {
                return null;
            }
            if (!isInput(path)) {
                continue;
            }
            found.remove(path);
            found.subMap(path + "/", path + "0").clear(); // what was under it ('0' follows '/')
            Path entry = siteDir.resolve(path);
            if (!Files.exists(entry)) {
                continue;
            }
            try {
                Found f = seen(path, entry, clock);
                if (f.folder()) {
                    visit(siteDir, path, clock, found);
                } else {
                    found.put(path, f.seen());
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return found;
    }

    /** Whether {@code path} (relative, with /) is where {@link #find} looks: site.yaml, or in an input folder, nothing hidden. */
    private static boolean isInput(String path) {
        String[] parts = path.split("/");
        for (String part : parts) {
            if (part.startsWith(".") || part.isEmpty()) {
                return false;
            }
        }
        return parts.length == 1 ? path.equals(SiteLoader.SITE_FILE) || Dependencies.INPUT_FOLDERS.contains(path)
                : Dependencies.INPUT_FOLDERS.contains(parts[0]);
    }

    private static void visit(Path siteDir, String folder, long clock, Map<String, Seen> found) {
        List<String> inner = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(siteDir.resolve(folder))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String path = folder + "/" + name;
                Found f = seen(path, entry, clock);
                if (f.folder()) {
                    inner.add(path);
                } else {
                    found.put(path, f.seen());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Batches.stream(inner).forEach(f -> visit(siteDir, f, clock, found));
    }
    /**
     * The marks of the files {@code found}, in path order: each one's from {@code known} when its
     * stamp is the one known, else from its bytes, read now.
     */
    public static List<InputFile> marks(Path siteDir, Map<String, Seen> found, Map<String, InputFile> known)
            throws IOException {
        try {
            return found.values().parallelStream().map(s -> {
                InputFile k = known.get(s.path());
                if (s.stamp() != 0 && k != null && k.stamp() == s.stamp() && k.size() == s.size()) {
                    return k;
                }
                try {
                    return mark(s, siteDir.resolve(s.path()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The mark of a file read as {@code bytes}, stamped as {@code seen} before it was read (null: not found then). */
    public static InputFile of(Seen seen, String path, byte[] bytes) {
        Sums sums = new Sums();
        sums.update(bytes, bytes.length);
        return sums.mark(path, seen);
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

        /**
         * The mark, stamped as {@code seen} (or null) before the bytes were read; a file whose
         * size changed meanwhile was written meanwhile, so its stamp is not this file's.
         */
        InputFile mark(String path, Seen seen) {
            long stamp = seen != null && seen.size() == size ? seen.stamp() : 0;
            return new InputFile(path, size, c.getValue() << 32 | d.getValue(), stamp);
        }
    }

    /** An entry of a folder: a folder itself, or a file as {@link Seen}. */
    private record Found(boolean folder, Seen seen) {
    }

    private static Found seen(String name, Path file, long clock) {
        try {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(file, "unix:isDirectory,size,lastModifiedTime,ctime,ino,dev");
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
                return new Found(b.isDirectory(), new Seen(name, b.size(), 0));
            }
            if ((Boolean) a.get("isDirectory")) {
                return new Found(true, null);
            }
            long modified = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
            long changed = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
            long size = (Long) a.get("size");
            if (clock == Long.MAX_VALUE || modified > clock - RACY || changed > clock - RACY) {
                return new Found(false, new Seen(name, size, 0));
            }
            long stamp = mix(mix(mix(modified) ^ changed) ^ (Long) a.get("ino")) ^ (Long) a.get("dev");
            return new Found(false, new Seen(name, size, stamp == 0 ? 1 : stamp));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A 64-bit mixing step (SplitMix64's), so that the parts of a stamp do not cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static InputFile mark(Seen seen, Path file) throws IOException {
        Sums sums = new Sums();
        byte[] buffer = new byte[16384];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sums.update(buffer, n);
            }
        }
        return sums.mark(seen.path(), seen);
    }
}
