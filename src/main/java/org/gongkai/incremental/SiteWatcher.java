package org.gongkai.incremental;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gongkai.load.SiteLoader;

/**
 * Watches a site's inputs — site.yaml, content/, templates/, assets/, attachments/
 * ({@link Dependencies#INPUT_FOLDERS}) — folder by folder (the JDK's WatchService is not
 * recursive), registering folders as they appear. The events of one save
 * (editors write a temporary file, rename, touch) come as one batch: a batch ends when no event
 * has come for {@code quiet} milliseconds. Each batch goes to {@link Listener#changed} with the
 * time its first event arrived, on the watcher's own thread. Used by {@code serve} and
 * {@code build --watch}.
 */
public final class SiteWatcher implements AutoCloseable {

    /** How long a save's events may keep coming before the rebuild starts. */
    public static final long QUIET_MILLIS = 8;

    public interface Listener {
        /** {@code files} changed (created, modified or deleted); {@code firstEvent} is a {@link System#nanoTime} value. */
        void changed(Set<Path> files, long firstEvent);
    }

    private final Path siteDir;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final long quiet;
    private final Thread thread;
    /** Whether a symbolic link was met among the inputs: what it leads to is not watched. */
    private volatile boolean linked;

    public SiteWatcher(Path siteDir, long quietMillis, Listener listener) throws IOException {
        this.siteDir = siteDir;
        this.quiet = quietMillis;
        this.service = siteDir.getFileSystem().newWatchService();
        register(siteDir);
        for (String name : Dependencies.INPUT_FOLDERS) {
            registerTree(siteDir.resolve(name), new LinkedHashSet<>());
        }
        this.thread = new Thread(() -> loop(listener), "gongkai-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Listener listener) {
        try {
            while (true) {
                WatchKey key = service.take();
                long first = System.nanoTime();
                Set<Path> changed = new LinkedHashSet<>();
                take(key, changed);
                // The rest of the save: until the folder is quiet.
                for (WatchKey more; (more = service.poll(quiet, TimeUnit.MILLISECONDS)) != null; ) {
                    take(more, changed);
                }
                if (!changed.isEmpty()) {
                    listener.changed(changed, first);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: serve or the watch is stopping.
        }
    }

    private void take(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: everything may have changed (the site folder itself says so).
                changed.add(siteDir.resolve(SiteLoader.SITE_FILE));
                changed.add(siteDir);
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (dir.equals(siteDir) && !Dependencies.INPUT_FOLDERS.contains(file.getFileName().toString())
                    && !file.getFileName().toString().equals(SiteLoader.SITE_FILE)) {
                continue; // The output folder and anything else beside the inputs.
            }
            changed.add(file);
            if (event.kind() == ENTRY_CREATE && Files.isSymbolicLink(file)) {
                linked = true;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                // A new folder (a department copied in): its files are there before it is watched.
                registerTree(file, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Registers {@code root} and every folder below it; files found there are added to {@code found}. */
    private void registerTree(Path root, Set<Path> found) {
        if (Files.isSymbolicLink(root)) {
            linked = true;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        linked = true;
                    }
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder removed while being walked: its removal is an event of its own.
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    }

    /**
     * Whether the batches name every input that changed: false once a symbolic link was met among
     * the inputs (the files it leads to are read by a build but not watched). A batch that names
     * the site folder itself follows lost events: anything may have changed.
     */
    public boolean seesEveryChange() {
        return !linked;
    }

    /** The input files among {@code files}, for a message: the first three by name, then how many. */
    public static String names(Path siteDir, Set<Path> files) {
        java.util.List<Path> inputs = files.stream()
                .filter(f -> Dependencies.of(siteDir, f).kind() != Dependencies.Kind.NONE).toList();
        String names = inputs.stream().limit(3).map(f -> siteDir.relativize(f).toString().replace('\\', '/'))
                .collect(Collectors.joining("、"));
        return inputs.size() > 3 ? names + " 等 " + inputs.size() + " 个文件" : names;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        thread.interrupt();
    }
}
