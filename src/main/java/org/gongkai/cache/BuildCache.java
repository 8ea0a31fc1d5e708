package org.gongkai.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;
import org.gongkai.check.Finding;
import org.gongkai.links.LinkChecker;
import org.gongkai.model.Department;
import org.gongkai.model.Site;

/**
 * The build cache, {@code .gongkai/cache} in the site folder: what the last successful build read
 * and wrote, so that the next one re-renders only what its changed inputs reach. It holds the
 * inputs' content hashes ({@link Inputs}), the model as loaded, each department's findings, every
 * file of the output with its size and time (to tell a file changed since by hand), and each
 * page's links for the link check.
 *
 * <p>It is ignored, never trusted, when it cannot be read whole: a file cut short or changed (its
 * checksum), of another format, written by another gongkai (another jar), for another site or
 * output folder, or with other options. The build then starts from nothing and writes a new one.
 */
public final class BuildCache {

    /** The cache's folder in the site folder; hidden, so no build reads it as content. */
    public static final String FOLDER = ".gongkai";
    static final String FILE = "cache";
    private static final byte[] MAGIC = "gongkai-cache\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Raised when what the file holds changes shape. */
    private static final int FORMAT = 3;
    /** This run's gongkai: the jar's version, size and time, so a rebuilt jar never reads an older one's cache. */
    private static final String BUILD = buildId();

    /** What a cache belongs to: a build of this gongkai, of this site folder into this output, with these options. */
    public record Key(String gongkai, String site, String output, boolean drafts) {
        public static Key of(Path siteDir, Path output, boolean drafts) {
            return new Key(BUILD, siteDir.toAbsolutePath().normalize().toString(),
                    output.toAbsolutePath().normalize().toString(), drafts);
        }
    }

    /** A file of the output as the build left it; {@code page}: one of the pages the build's summary counts. */
    public record OutputFile(String path, long size, long modified, boolean page) {
    }

    /**
     * What the cache holds. {@code links}: each page's links and ids as the link check keeps them.
     * {@code spare}: the name of the output's version folder before this one, which the next build
     * may make its version from, or null; {@code differs}: the paths at which the two differ (the
     * others are one file under two names).
     */
    public record Contents(List<Inputs.InputFile> inputs, Site loaded, Map<String, List<Finding>> findings,
            List<OutputFile> outputs, Map<String, LinkChecker.Scanned> links, String spare, List<String> differs) {
    }

    /** The first part of the file, read before the rest so that the inputs can be looked at meanwhile. */
    private record Marks(List<Inputs.InputFile> inputs) {
    }

    /** The second: the model as loaded. With the first, what a build knows once it has loaded the site. */
    private record Model(Site loaded) {
    }

    /** The rest: what it knows once the output is written. */
    private record Tail(Map<String, List<Finding>> findings, List<OutputFile> outputs,
            Map<String, LinkChecker.Scanned> links, String spare, List<String> differs) {
    }

    private BuildCache() {
    }

    /**
     * The cache file of {@code siteDir}, whole and for {@code key}, not yet decoded; null when there
     * is none, or none to trust.
     */
    public static Stored open(Path siteDir, Key key) {
        byte[] bytes;
        try {
            bytes = readWhole(siteDir.resolve(FOLDER).resolve(FILE));
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
        int body = MAGIC.length;
        if (bytes.length < body + 4 || !java.util.Arrays.equals(bytes, 0, body, MAGIC, 0, body)) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int end = bytes.length - 4;
        int stored = (bytes[end] & 0xFF) | (bytes[end + 1] & 0xFF) << 8 | (bytes[end + 2] & 0xFF) << 16
                | (bytes[end + 3] & 0xFF) << 24;
        if ((int) crc.getValue() != stored) {
            return null;
        }
        CacheIn in = new CacheIn(bytes, body, end);
        RecordCodec codec = codec();
        try {
            return in.count() == FORMAT && key.equals(codec.coder(Key.class).read(in)) ? new Stored(codec, in) : null;
        } catch (CacheIn.Corrupt | RuntimeException e) {
            return null;
        }
    }

    /**
     * The file's bytes, read 64 kB at a time. {@code Files.readAllBytes} reads a file in one call,
     * through a native buffer as large as the file, which this file's tens of megabytes make slow
     * to come by: 120–180 ms for the 14 MB of 10,000 projects, against 10 ms like this.
     */
    private static byte[] readWhole(Path file) throws IOException {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            long size = in.getChannel().size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("too large");
            }
            byte[] bytes = new byte[(int) size];
            int n = 0;
            for (int r; n < bytes.length && (r = in.read(bytes, n, Math.min(1 << 16, bytes.length - n))) > 0; ) {
                n += r;
            }
            if (n < bytes.length || in.read() >= 0) {
                throw new IOException("changed while read");
            }
            return bytes;
        }
    }

    /** A cache file found whole and for this build, its contents still to decode: first its inputs, then the rest. */
    public static final class Stored {
        private final RecordCodec codec;
        private final CacheIn in;

        private Stored(RecordCodec codec, CacheIn in) {
            this.codec = codec;
            this.in = in;
        }

        /** The inputs' marks; null when they do not decode. */
        public List<Inputs.InputFile> inputs() {
            try {
                Marks marks = (Marks) codec.coder(Marks.class).read(in);
                return marks == null ? null : marks.inputs();
            } catch (CacheIn.Corrupt | RuntimeException e) {
                return null;
            }
        }

        /**
         * What the cache holds, its {@link #inputs} read first; null when it does not decode
         * (written by a build with another model).
         */
        public Contents contents(List<Inputs.InputFile> inputs) {
            try {
                Model model = (Model) codec.coder(Model.class).read(in);
                Tail tail = (Tail) codec.coder(Tail.class).read(in);
                return in.atEnd() && model != null && tail != null
                        ? new Contents(inputs, model.loaded(), tail.findings(), tail.outputs(), tail.links(),
                                tail.spare(), tail.differs())
                        : null;
            } catch (CacheIn.Corrupt | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * A cache being written: its first part, the inputs and the model, is made as soon as the site
     * is loaded (on a thread of its own, while the pages render), the rest once the output is. It is
     * written to a temporary file beside the cache as it is made, and moved over the old cache when
     * complete, so a reader meets the old cache or the new one, never half of one.
     */
    public static final class Writer implements AutoCloseable {
        private final RecordCodec codec = codec();
        private final Path folder;
        private final Path temporary;
        private final java.io.OutputStream file;
        private final CacheOut out;
        private boolean done;

        /**
         * Starts the cache of {@code siteDir} for a build of {@code key} that read {@code inputs}
         * into {@code loaded}; the departments it took unchanged from the cache {@code from} (or
         * null) are written as the bytes they were read from.
         */
        public Writer(Path siteDir, Key key, List<Inputs.InputFile> inputs, Site loaded, Stored from) throws IOException {
            folder = siteDir.resolve(FOLDER);
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, FILE + ".", ".new");
            file = Files.newOutputStream(temporary);
            out = new CacheOut(file);
            try {
                out.writeBytes(MAGIC);
                out.number(FORMAT);
                codec.coder(Key.class).write(out, key);
                codec.coder(Marks.class).write(out, new Marks(inputs));
                if (from != null) {
                    codec.reuseBlocks(from.codec);
                }
                codec.coder(Model.class).write(out, new Model(loaded));
                codec.forgetBlocks(); // and with them the bytes of the cache before
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /**
         * Ends the cache with the findings, the output's files and links and its spare version
         * folder (see {@link Contents}), and puts it in place.
         */
        public void finish(Map<String, List<Finding>> findings, List<OutputFile> outputs,
                Map<String, LinkChecker.Scanned> links, String spare, List<String> differs) throws IOException {
            try {
                codec.coder(Tail.class).write(out, new Tail(findings, outputs, links, spare, differs));
                out.flush();
                int sum = out.checksum();
                for (int i = 0; i < 4; i++) {
                    file.write(sum >>> (8 * i));
                }
                file.close();
                try {
                    Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } finally {
                close();
            }
        }

        /** Removes the temporary file of a cache not finished (a build that failed). */
        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    file.close();
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    /** Removes the cache, if any: a build that does not use it leaves none to mislead a later one. */
    public static void delete(Path siteDir) throws IOException {
        Files.deleteIfExists(siteDir.resolve(FOLDER).resolve(FILE));
    }

    /**
     * Links are kept shared: most pages carry the same links to the home page, the year, the
     * stylesheet. Each department is a block of its own: the departments are read in parallel,
     * and the next cache copies the bytes of those that did not change.
     */
    private static RecordCodec codec() {
        return new RecordCodec(java.util.Set.of(LinkChecker.Ref.class), java.util.Set.of(Department.class));
    }

    private static String buildId() {
        try {
            Path jar = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                return BuildCache.class.getPackage().getImplementationVersion() + " " + Files.size(jar) + " "
                        + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // No jar to name (classes run from a folder): a cache that lives as long as this run.
        }
        return "run " + UUID.randomUUID();
    }
}
