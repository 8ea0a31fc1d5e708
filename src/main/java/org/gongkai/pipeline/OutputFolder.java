package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an output folder lies on disk. {@code OUT} is a symbolic link to a hidden sibling folder,
 * {@code .OUT.v-20261201-093000-123}, one per build. A build is published by one atomic rename of
 * a new link over {@code OUT}, so at every instant — a kill included — {@code OUT} names one
 * complete build. The previous build stays until the next one starts, so a reader that resolved
 * the old link a moment before the swap still finds its files.
 *
 * <p>Where no symbolic link can be made, and once when a plain {@code OUT} folder of an earlier
 * gongkai is migrated, {@code OUT} is a folder replaced by two renames; for the instant between
 * them it is missing, and a kill there is healed by the next build, which puts the newest
 * complete build back before doing anything else.
 */
final class OutputFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String STAMP_PATTERN = "\\d{8}-\\d{6}-\\d{3}(-\\d+)?";

    private final Path out;
    private final Path parent;
    private final String name;
    private final Pattern version;
    private final Pattern leftover;

    OutputFolder(Path out) {
        this.out = out;
        this.parent = out.getParent();
        this.name = out.getFileName().toString();
        String prefix = "\\." + Pattern.quote(name) + "\\.";
        this.version = Pattern.compile(prefix + "v-" + STAMP_PATTERN);
        // Also the folders of the old two-rename swap (".OUT.new-…", ".OUT.old-…"), which no build removed.
        this.leftover = Pattern.compile(prefix + "(v-" + STAMP_PATTERN + "|link-" + STAMP_PATTERN + "|(new|old)-\\d+)");
    }

    /** The version folder {@code OUT} links to; null when {@code OUT} is not a link of ours. */
    Path linkedVersion() throws IOException {
        if (!Files.isSymbolicLink(out)) {
            return null;
        }
        Path target = Files.readSymbolicLink(out);
        if (target.isAbsolute() || target.getNameCount() != 1 || !version.matcher(target.toString()).matches()) {
            return null;
        }
        return parent.resolve(target);
    }

    /** A symbolic link that some other tool or person made: never ours to replace. */
    boolean isForeignLink() throws IOException {
        return Files.isSymbolicLink(out) && linkedVersion() == null;
    }

    /**
     * After a kill between the two renames of a plain-folder swap, {@code OUT} is missing (or links
     * to nothing): the newest complete version is published again before anything else.
     */
    void restoreIfMissing() throws IOException {
        if (Files.exists(out)) {
            return;
        }
        Path newest = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path p : entries) {
                if (version.matcher(p.getFileName().toString()).matches()
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(p.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)
                        && (newest == null || p.getFileName().toString().compareTo(newest.getFileName().toString()) > 0)) {
                    newest = p;
                }
            }
        }
        if (newest != null) {
            publish(newest);
        }
    }

    /**
     * What earlier builds left beside {@code OUT}: every version but the published one (the previous
     * build, and half-written ones of killed builds), unused links, and the folders of the old swap.
     * Only names of these exact forms are listed. The links are removed at once; the folders are
     * returned, for the caller to delete while the build goes on (a site of 10,000 pages takes half
     * a second to delete).
     */
    List<Path> leftovers() throws IOException {
        Path keep = linkedVersion();
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path p : entries) {
                if (!p.equals(keep) && leftover.matcher(p.getFileName().toString()).matches()) {
                    if (Files.isSymbolicLink(p)) {
                        Files.delete(p);
                    } else {
                        folders.add(p);
                    }
                }
            }
        }
        return folders;
    }

    /** A new, empty version folder, with the permissions of any new folder (0755 under umask 022). */
    Path newVersion() throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(unused("v-", n));
            } catch (FileAlreadyExistsException e) {
                // Two in one millisecond: take the next suffix.
            }
        }
    }

    /** Makes {@code version}, complete with its marker, the output. */
    void publish(Path version) throws IOException {
        Path link = freeName("link-");
        boolean linked;
        try {
            Files.createSymbolicLink(link, version.getFileName());
            linked = true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linked = false; // No links on this file system: OUT is a plain folder.
        }
        WriteSteps.reached("link-made");
        try {
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                replaceFolder(linked ? link : version);
            } else {
                // rename(2) replaces the old link in one step: readers see the old build or the new.
                Files.move(linked ? link : version, out, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (linked) {
                Files.deleteIfExists(link);
            }
        }
        WriteSteps.reached("published");
    }

    /** A plain OUT folder is moved aside as a version of its own (removed by the next build). */
    private void replaceFolder(Path replacement) throws IOException {
        Path aside = freeName("v-");
        Files.move(out, aside, StandardCopyOption.ATOMIC_MOVE);
        WriteSteps.reached("moved-aside");
        try {
            Files.move(replacement, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(aside, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
    }

    private Path freeName(String kind) {
        for (int n = 0; ; n++) {
            Path p = unused(kind, n);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }

    private Path unused(String kind, int n) {
        return parent.resolve("." + name + "." + kind + STAMP.format(LocalDateTime.now()) + (n == 0 ? "" : "-" + n));
    }
}
