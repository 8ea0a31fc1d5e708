package org.gongkai.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;
import org.gongkai.check.Finding;
import org.gongkai.links.LinkChecker;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.search.SearchIndex;

/**
 * The build cache, {@code .gongkai/cache} in the site folder: what the last successful build read
 * and wrote, so that the next one re-renders only what its changed inputs reach. It holds the
 * inputs' content hashes ({@link Inputs}), the model as loaded, each department's findings, every
 * file of the output with its size and time (to tell a file changed since by hand), each
 * page's links for the link check, and each department's search postings.
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
    private static final int FORMAT = 4;
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
     * others are one file under two names). {@code index}: each department's search postings, as
     * the build's index left them, or null (no index, or one that kept none).
     */
    public record Contents(List<Inputs.InputFile> inputs, Site loaded, Map<String, List<Finding>> findings,
            List<OutputFile> outputs, Map<String, LinkChecker.Scanned> links, String spare, List<String> differs,
            SearchIndex.Saved index) {
    }

    /** The first part of the file, read before the rest so that the inputs can be looked at meanwhile. */
    private record Marks(List<Inputs.InputFile> inputs) {
    }

    /** The second: the model as loaded. With the first, what a build knows once it has loaded the site. */
    private record Model(Site loaded) {
    }

    /** The rest: what it knows once the output is written. */
    private record Tail(Map<String, List<Finding>> findings, List<OutputFile> outputs,
            Map<String, LinkChecker.Scanned> links, String spare, List<String> differs, SearchIndex.Saved index) {
    }

    /**
     * The caches this process wrote and keeps decoded ({@link Writer} told to keep it), by file:
     * the next build of the site in this process ({@code build --watch}) takes one instead of
     * reading and decoding the file, 380 ms of a 10,000-project rebuild, as long as the file is
     * the very one written ({@link #identity}).
     */
    private static final Map<Path, Kept> KEPT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A cache kept in memory: for {@code key}, the file as {@code identity} describes it, what it
     * holds, its blocks, what the index left; {@code written}: while its file is still being
     * written ({@link Writer#finishBeside}), done when it is, else null.
     */
    private record Kept(Key key, List<Object> identity, Contents contents, RecordCodec blocks, SearchIndex.Kept index,
            CompletableFuture<Void> written) {
    }

    private BuildCache() {
    }

    /**
     * The cache file of {@code siteDir}, whole and for {@code key}, not yet decoded; null when there
     * is none, or none to trust.
     */
    public static Stored open(Path siteDir, Key key) {
        Path path = file(siteDir);
        Kept kept = waitForFile(path);
        if (kept != null && kept.identity() != null && kept.key().equals(key) && kept.identity().equals(identity(path))) {
            return new Stored(kept.blocks(), null, kept.contents(), kept.index());
        }
        byte[] bytes;
        try {
            bytes = readWhole(path);
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
            return in.count() == FORMAT && key.equals(codec.coder(Key.class).read(in)) ? new Stored(codec, in, null, null) : null;
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

    /** The cache kept for the file {@code path}, or null, once its file is written. */
    private static Kept waitForFile(Path path) {
        Kept kept = KEPT.get(path);
        if (kept != null && kept.written() != null) {
            kept.written().join();
            kept = KEPT.get(path);
        }
        return kept;
    }

    /** The cache file of {@code siteDir}, its absolute path (the key of {@link #KEPT}). */
    private static Path file(Path siteDir) {
        return siteDir.resolve(FOLDER).resolve(FILE).toAbsolutePath().normalize();
    }

    /**
     * What tells the cache file from any other written in its place: its size, times, inode and
     * device, and its checksum (its last four bytes); null where the file system gives no inode
     * or change time (such a file is never taken from memory).
     */
    private static List<Object> identity(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            Map<String, Object> a = Files.readAttributes(file, "unix:lastModifiedTime,ctime,ino,dev");
            java.nio.ByteBuffer sum = java.nio.ByteBuffer.allocate(4);
            long size = channel.size();
            while (sum.hasRemaining() && size >= 4 && channel.read(sum, size - 4 + sum.position()) > 0) {
                // the checksum's bytes
            }
            return List.of(size, a.get("lastModifiedTime"), a.get("ctime"), a.get("ino"), a.get("dev"),
                    java.nio.ByteBuffer.wrap(sum.array()).getInt());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A cache file found whole and for this build, its contents still to decode: first its inputs,
     * then the rest. Or a cache kept in memory ({@link #KEPT}), decoded already.
     */
    public static final class Stored {
        private final RecordCodec codec;
        private final CacheIn in;
        private final Contents decoded;
        private final SearchIndex.Kept index;

        private Stored(RecordCodec codec, CacheIn in, Contents decoded, SearchIndex.Kept index) {
            this.codec = codec;
            this.in = in;
            this.decoded = decoded;
            this.index = index;
        }

        /** Whether this is a cache kept in memory ({@link #KEPT}): the one the last build in this process wrote. */
        public boolean inMemory() {
            return decoded != null;
        }

        /**
         * What the search index of the build that wrote the cache left for the next
         * ({@link Writer#finish}), as it is in memory; only a cache kept in memory has it, else
         * null (a cache read from the file has it {@linkplain Contents#index saved}).
         */
        public SearchIndex.Kept index() {
            return index;
        }

        /** The inputs' marks; null when they do not decode. */
        public List<Inputs.InputFile> inputs() {
            if (decoded != null) {
                return decoded.inputs();
            }
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
            if (decoded != null) {
                return decoded;
            }
            try {
                Model model = (Model) codec.coder(Model.class).read(in);
                Tail tail = (Tail) codec.coder(Tail.class).read(in);
                return in.atEnd() && model != null && tail != null
                        ? new Contents(inputs, model.loaded(), tail.findings(), tail.outputs(), tail.links(),
                                tail.spare(), tail.differs(), tail.index())
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
        /** The cache file, absolute (the key of {@link #KEPT}). */
        private final Path path;
        private final Path temporary;
        private final java.io.OutputStream file;
        private final CacheOut out;
        private boolean done;
        private final Key key;
        /** What the cache holds so far, when it is to be kept in memory too; else null. */
        private final List<Inputs.InputFile> inputs;
        private final Site loaded;

        /**
         * Starts the cache of {@code siteDir} for a build of {@code key} that read {@code inputs}
         * into {@code loaded}; the departments it took unchanged from the cache {@code from} (or
         * null) are written as the bytes they were read from. With {@code keep}, the cache is also
         * kept in memory once written, for the next build of the site in this process ({@link #open}).
         */
        public Writer(Path siteDir, Key key, List<Inputs.InputFile> inputs, Site loaded, Stored from, boolean keep)
                throws IOException {
            this.key = key;
            this.inputs = keep ? inputs : null;
            this.loaded = keep ? loaded : null;
            if (keep) {
                codec.keepWrittenBlocks();
            }
            forget(siteDir); // this build's cache replaces it
            path = file(siteDir);
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
         * folder (see {@link Contents}), and puts it in place. {@code index}: what the search index
         * leaves for the next build, or null: written {@linkplain SearchIndex.Kept#saved saved},
         * and kept as it is with a cache kept in memory.
         */
        public void finish(Map<String, List<Finding>> findings, List<OutputFile> outputs,
                Map<String, LinkChecker.Scanned> links, String spare, List<String> differs, SearchIndex.Kept index)
                throws IOException {
            Tail tail = new Tail(findings, outputs, links, spare, differs, index == null ? null : index.saved());
            if (inputs == null) {
                writeTail(tail);
            } else {
                writeAndKeep(tail, contents(tail), codec.writtenAsRead(), index);
            }
        }

        /**
         * As {@link #finish}, for a writer that keeps the cache in memory, with the file written
         * on a thread of its own: the cache is kept at once, so a build that comes after takes it
         * without waiting for its file unless it comes before the file is written
         * ({@link #open} waits for it). A file that cannot be written is removed, and the cache
         * kept with it. ({@code build --watch}: the new output is there 130–180 ms sooner at 10,000
         * projects, the time it takes to encode every page's links and the output's files.)
         */
        public void finishBeside(Map<String, List<Finding>> findings, List<OutputFile> outputs,
                Map<String, LinkChecker.Scanned> links, String spare, List<String> differs, SearchIndex.Kept index) {
            Tail tail = new Tail(findings, outputs, links, spare, differs, index == null ? null : index.saved());
            Contents contents = contents(tail);
            RecordCodec blocks = codec.writtenAsRead();
            CompletableFuture<Void> written = new CompletableFuture<>();
            KEPT.put(path, new Kept(key, null, contents, blocks, index, written));
            Thread thread = new Thread(() -> {
                try {
                    writeAndKeep(tail, contents, blocks, index);
                } catch (IOException | RuntimeException e) {
                    KEPT.remove(path);
                    try {
                        Files.deleteIfExists(path);
                    } catch (IOException ignored) {
                        // A cache that cannot be written or removed is refused by the next build's output check.
                    }
                } finally {
                    written.complete(null);
                }
            }, "gongkai-cache-file");
            thread.start();
        }

        /** Writes the file, then keeps {@code contents} for it: only a file that can be told from another. */
        private void writeAndKeep(Tail tail, Contents contents, RecordCodec blocks, SearchIndex.Kept index) throws IOException {
            writeTail(tail);
            List<Object> identity = identity(path);
            if (identity != null) {
                KEPT.put(path, new Kept(key, identity, contents, blocks, index, null));
            } else {
                KEPT.remove(path); // a file that cannot be told from another is never taken from memory
            }
        }

        /** What the cache holds, kept in memory. */
        private Contents contents(Tail tail) {
            return new Contents(inputs, loaded, java.util.Collections.unmodifiableMap(tail.findings()), tail.outputs(),
                    java.util.Collections.unmodifiableMap(tail.links()), tail.spare(), tail.differs(), tail.index());
        }

        /** Writes the tail and the checksum and puts the file in place. */
        private void writeTail(Tail tail) throws IOException {
            try {
                codec.coder(Tail.class).write(out, tail);
                out.flush();
                int sum = out.checksum();
                for (int i = 0; i < 4; i++) {
                    file.write(sum >>> (8 * i));
                }
                file.close();
                try {
                    Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * The heap a cache decoded takes, per byte of the site's inputs: 90 MB for the 26 MB of
     * 10,000 projects (the model, every page's links, each department's postings), rounded up.
     */
    private static final int DECODED_PER_INPUT_BYTE = 4;
    /** The share of the heap a decoded cache may take beside a build, which needs the rest. */
    public static final double HEAP_SHARE = 0.4;

    /**
     * Whether the decoded cache of a site whose inputs take {@code inputBytes} fits beside a build
     * in a heap of {@code heap} bytes: then it may be kept in memory between builds ({@code
     * build --watch}), and each department's search postings are kept in it. 10,000 projects do
     * in the launcher's 512 MB; 50,000 did not (the rebuild ran out of memory), and make their
     * index from every department.
     */
    public static boolean fits(long inputBytes, long heap) {
        return (double) inputBytes * DECODED_PER_INPUT_BYTE <= HEAP_SHARE * heap;
    }

    /** Lets go of the cache of {@code siteDir} kept in memory, if any (its file stays). */
    public static void forget(Path siteDir) {
        waitForFile(file(siteDir));
        KEPT.remove(file(siteDir));
    }

    /** Removes the cache, if any: a build that does not use it leaves none to mislead a later one. */
    public static void delete(Path siteDir) throws IOException {
        forget(siteDir);
        Files.deleteIfExists(file(siteDir));
    }

    /**
     * Links are kept shared: most pages carry the same links to the home page, the year, the
     * stylesheet. Each department is a block of its own: the departments are read in parallel,
     * and the next cache copies the bytes of those that did not change. So are its search
     * postings, read in parallel too.
     */
    private static RecordCodec codec() {
        return new RecordCodec(java.util.Set.of(LinkChecker.Ref.class), java.util.Set.of(Department.class),
                java.util.Set.of(SearchIndex.Saved.POSTINGS));
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
