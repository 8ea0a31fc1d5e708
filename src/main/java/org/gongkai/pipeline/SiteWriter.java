package org.gongkai.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.site.Page;

/**
 * Writes the site into a fresh version folder beside the output and publishes it only when
 * everything is written: a failed or killed build leaves the previous site untouched, and no stale
 * file of an earlier build survives. One build at a time writes to an output ({@link OutputLock});
 * how the output lies on disk, and why it is never missing, is {@link OutputFolder}'s job. A
 * marker file tells our own output apart from a folder we must not replace.
 */
public final class SiteWriter {

    /** Present in every folder this tool wrote; an existing output without it is never replaced. */
    public static final String MARKER = ".gongkai-build";

    /** How long a build waits for another one writing the same output before it gives up. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final Path out;
    private final Duration lockWait;

    public SiteWriter(Path out) {
        this(out, LOCK_WAIT);
    }

    SiteWriter(Path out, Duration lockWait) {
        this.out = out.toAbsolutePath().normalize();
        this.lockWait = lockWait;
    }

    /** Refuses, before any work is done, an output folder that is not ours to replace. */
    public void checkReplaceable(Path siteDir) throws BuildException {
        Path site = siteDir.toAbsolutePath().normalize();
        if (site.startsWith(out)) {
            throw new BuildException("输出文件夹 " + out + " 包含站点文件夹本身，请另选输出位置（-o）");
        }
        if (out.startsWith(site.resolve("content")) || out.startsWith(site.resolve("templates"))
                || out.startsWith(site.resolve("assets"))) {
            throw new BuildException("输出文件夹不能放在 content/、templates/ 或 assets/ 里：" + out);
        }
        checkOutput();
    }

    private void checkOutput() throws BuildException {
        try {
            if (out.getParent() != null && Files.isDirectory(out.getParent())
                    && new OutputFolder(out).isForeignLink()) {
                throw new BuildException("输出位置 " + out + " 是一个不由 gongkai 建立的符号链接；为免误改，请另选输出位置（-o）");
            }
        } catch (IOException e) {
            throw new BuildException("无法读取输出位置 " + out + "：" + e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BuildException("输出位置 " + out + " 是一个文件，不是文件夹");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new BuildException("输出文件夹 " + out + " 已存在且不是 gongkai 生成的（缺少 " + MARKER
                    + "）；为免误删，请清空它或另选输出位置（-o）");
        }
    }

    /**
     * Writes {@code pages} into a new version folder and publishes it as the output: the whole of
     * {@link #open}, {@link Version#put} and {@link Version#publish} in one call.
     */
    public void write(List<Page> pages) throws IOException, BuildException {
        try (Version version = open()) {
            pages.parallelStream().forEach(version::put);
            version.publish();
        }
    }

    /**
     * Starts a new version of the output, into which pages are written as they are made. Under the
     * output's lock, held until the version is closed, first puts back an output a killed build
     * left missing and removes what killed builds left beside it.
     */
    public Version open() throws IOException, BuildException {
        return open(null);
    }

    /**
     * As {@link #open()}, but the version folder named {@code spare} of an earlier build, if it is
     * among what earlier builds left, is not deleted: the version may be made from it ({@link
     * Version#recycle}). Left unused, the next build deletes it.
     */
    public Version open(String spare) throws IOException, BuildException {
        Files.createDirectories(out.getParent());
        OutputLock lock = OutputLock.acquire(out, lockWait);
        try {
            WriteSteps.reached("locked");
            checkOutput(); // Again: another build may have written it since this one started.
            OutputFolder folder = new OutputFolder(out);
            folder.restoreIfMissing();
            List<Path> leftovers = new java.util.ArrayList<>(folder.leftovers());
            Path kept = leftovers.stream().filter(p -> p.getFileName().toString().equals(spare)).findFirst().orElse(null);
            leftovers.remove(kept);
            Cleanup cleanup = Cleanup.start(leftovers);
            WriteSteps.reached("cleaned");
            return new Version(lock, folder, folder.newVersion(), cleanup, kept);
        } catch (IOException | BuildException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A fresh version folder being filled. Nothing in it is seen until {@link #publish}; closed
     * unpublished (a failed build), it is deleted and the output stays as it was.
     */
    public static final class Version implements AutoCloseable {
        private final OutputLock lock;
        private final OutputFolder folder;
        private final Path fresh;
        private final Cleanup cleanup;
        /**
         * Folders made so far: asking the file system again for each of a folder's files cost an
         * exception per file once the folder exists (a project's page and data files share one).
         */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** The earlier build's folder this version may be made from; null when there is none. */
        private final Path spare;
        /** Whether this version is the spare, made over: its files may be other versions' too. */
        private boolean recycled;
        private boolean published;

        private Version(OutputLock lock, OutputFolder folder, Path fresh, Cleanup cleanup, Path spare) {
            this.lock = lock;
            this.folder = folder;
            this.fresh = fresh;
            this.cleanup = cleanup;
            this.spare = spare;
        }

        /**
         * Makes this version from the spare folder {@link SiteWriter#open(String)} kept, before any
         * file is put: the spare takes the fresh folder's name (one rename) and loses its marker,
         * and the caller then changes only the files that differ ({@link #put}, {@link #keep},
         * {@link #remove}). Most of its files are second names of the output's own (hard links),
         * so a file is never written over: it is replaced by a new one. False when there is no spare.
         */
        public boolean recycle() throws IOException {
            if (spare == null || recycled) {
                return recycled;
            }
            Files.delete(fresh); // still empty: the spare takes its name, and a later stamp than the output's
            Files.move(spare, fresh, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(fresh.resolve(MARKER)); // written again last, when complete
            recycled = true;
            return true;
        }

        /** Writes one file of the site; may be called from many threads at once. */
        public void put(Page page) {
            Path file = fresh.resolve(page.path());
            try {
                makeFolderOf(file);
                if (recycled) {
                    Files.deleteIfExists(file); // maybe another version's file too: never written into
                }
                if (page.bytes() != null) {
                    Files.write(file, page.bytes());
                } else if (page.body() instanceof Page.Copy copy && Files.isRegularFile(fresh.resolve(copy.source()))) {
                    Files.copy(fresh.resolve(copy.source()), file);
                } else { // a data file made as it is written (a whole year's table); its writers write
                    // in pieces of kilobytes, so a small buffer (for a zip's headers) does, for tens of thousands of files
                    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 2048)) {
                        page.writeTo(out);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            WriteSteps.reached("page " + page.path());
        }

        /**
         * Puts into this version the file {@code path} of the build before, unchanged: a second
         * name for the same file (a hard link), or a copy where the file system has none. The
         * build before stays as it is, the output until this version is published.
         */
        public void keep(String path, Path before) {
            Path file = fresh.resolve(path);
            try {
                makeFolderOf(file);
                if (recycled) {
                    Files.deleteIfExists(file);
                }
                try {
                    Files.createLink(file, before);
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    Files.copy(before, file, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Removes {@code path} from a recycled version, and its folders that this leaves empty: a
         * file the spare has and this version must not.
         */
        public void remove(String path) throws IOException {
            Path file = fresh.resolve(path);
            if (!Files.deleteIfExists(file)) {
                return;
            }
            for (Path dir = file.getParent(); !dir.equals(fresh); dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                    return;
                }
                folders.remove(dir);
            }
        }

        private void makeFolderOf(Path file) throws IOException {
            Path parent = file.getParent();
            if (!folders.contains(parent)) {
                Files.createDirectories(parent);
                folders.add(parent);
            }
        }

        /** The version's folder: once published, the output's. */
        public Path folder() {
            return fresh;
        }

        /** Marks the version complete and makes it the output, in one atomic step. */
        public void publish() throws IOException {
            cleanup.finish(); // what earlier builds left is gone before this one is the output
            // Written last: a version without it is a half-written one that is never published.
            Files.writeString(fresh.resolve(MARKER), "由 gongkai 生成；此文件夹每次构建时整体替换。\n", StandardCharsets.UTF_8);
            WriteSteps.reached("complete");
            folder.publish(fresh);
            published = true;
        }

        @Override
        public void close() throws IOException {
            try {
                cleanup.finishQuietly();
                if (!published) {
                    deleteTree(fresh);
                }
            } finally {
                lock.close();
            }
        }
    }

    private static boolean isEmpty(Path dir) throws BuildException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new BuildException("无法读取输出文件夹 " + dir + "：" + e.getMessage());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                    if (entries instanceof SecureDirectoryStream<Path> folder) {
                        deleteEntries(folder);
                    } else {
                        walkAndDelete(root);
                    }
                }
            }
            Files.deleteIfExists(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what a folder holds, each entry by its name in the open folder: one unlink for a
     * file, where deleting by path looks the path up again and asks for the file's type first, and
     * a walk asks once more. No type is asked at all: a name with a dot is tried as a file first
     * (page.html, data.csv), one without as a folder (a department's, a project's), and the other
     * way when that fails; a link is removed, never followed.
     */
    private static void deleteEntries(SecureDirectoryStream<Path> folder) throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            if (name.toString().indexOf('.') >= 0) {
                try {
                    folder.deleteFile(name);
                } catch (IOException notAFile) {
                    if (!deleteFolder(folder, name)) {
                        throw notAFile;
                    }
                }
            } else if (!deleteFolder(folder, name)) {
                folder.deleteFile(name);
            }
        }
    }

    /** Deletes folder {@code name} of {@code parent} and all it holds; false when it is no folder to open. */
    private static boolean deleteFolder(SecureDirectoryStream<Path> parent, Path name) throws IOException {
        SecureDirectoryStream<Path> inner;
        try {
            inner = parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException notAFolder) {
            return false;
        }
        try (inner) {
            deleteEntries(inner);
        }
        parent.deleteDirectory(name);
        return true;
    }

    /** Where the file system has no {@link SecureDirectoryStream}: a walk deletes each file as it is met. */
    private static void walkAndDelete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes the folders earlier builds left, on a thread of its own while this build renders (the
     * previous build of a large site is many thousand files). The build waits for it before it
     * publishes, so a failure to delete still fails the build with the old output in place.
     */
    private static final class Cleanup {
        private final Thread thread;
        private volatile RuntimeException failure;

        private Cleanup(List<Path> folders) {
            this.thread = folders.isEmpty() ? null : new Thread(() -> {
                try {
                    folders.forEach(SiteWriter::deleteTree);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "gongkai-cleanup");
        }

        static Cleanup start(List<Path> folders) {
            Cleanup c = new Cleanup(folders);
            if (c.thread != null) {
                c.thread.setDaemon(true);
                c.thread.start();
            }
            return c;
        }

        void finish() throws IOException {
            if (thread == null) {
                return;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("清理旧输出时被中断");
            }
            if (failure instanceof UncheckedIOException u) {
                throw u.getCause();
            } else if (failure != null) {
                throw failure;
            }
        }

        void finishQuietly() {
            try {
                finish();
            } catch (IOException | RuntimeException e) {
                // The build has failed already, or published: a leftover is removed by the next build.
            }
        }
    }
}
