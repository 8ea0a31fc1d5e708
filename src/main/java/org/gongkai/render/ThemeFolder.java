package org.gongkai.render;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.load.LoadException;
import org.gongkai.load.Problem;
import org.gongkai.model.Origin;

/**
 * Reads one theme folder of a site ({@code templates/} or {@code assets/}) into memory, so that
 * nothing outside the site folder is ever read through it. Refused, each with a message naming the
 * file: a symbolic link — to a file, to a folder, or the theme folder itself — whose target lies
 * outside the site folder; a broken link or a loop of links; and a file with more than one hard
 * link, since its other names may be anywhere on the disk and nothing tells where. Links that stay
 * inside the site folder are followed. Hidden files and special files (pipes, devices) are skipped.
 */
public final class ThemeFolder {

    private ThemeFolder() {
    }

    /** Relative name (forward slashes) → bytes, in name order; empty when the folder does not exist. */
    public static Map<String, byte[]> read(Path siteDir, String folder) throws LoadException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Path dir = siteDir.resolve(folder);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try {
            Path root = siteDir.toRealPath();
            if (inside(root, dir, folder, problems) && Files.isDirectory(dir)) {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Reader(root, dir, folder, files, problems));
            }
        } catch (IOException e) {
            problems.add(new Problem(Origin.ofFile(folder + "/"), "无法读取：" + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Problem.BY_PLACE);
            throw new LoadException(problems);
        }
        return files;
    }

    /** True when {@code path} is no link or a link whose target lies inside {@code root}. */
    private static boolean inside(Path root, Path path, String name, List<Problem> problems) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            Path target = path.toRealPath();
            if (target.startsWith(root)) {
                return true;
            }
            problems.add(new Problem(Origin.ofFile(name), "符号链接指向站点文件夹之外（" + target + "），已拒绝读取"));
        } catch (IOException e) {
            problems.add(new Problem(Origin.ofFile(name), "符号链接无效（目标不存在，或链接成环），已拒绝读取"));
        }
        return false;
    }

    private static final class Reader extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path dir;
        private final String folder;
        private final Map<String, byte[]> files;
        private final List<Problem> problems;

        Reader(Path root, Path dir, String folder, Map<String, byte[]> files, List<Problem> problems) {
            this.root = root;
            this.dir = dir;
            this.folder = folder;
            this.files = files;
            this.problems = problems;
        }

        private String name(Path p) {
            String relative = dir.relativize(p).toString().replace('\\', '/');
            return relative.isEmpty() ? folder : folder + "/" + relative;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return inside(root, d, name(d), problems) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
            if (f.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            // A link that cannot be followed arrives with its own attributes: broken, or a loop of file links.
            if (!inside(root, f, name(f), problems) || attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            Path real = f.toRealPath();
            if (!real.startsWith(root)) {
                // A plain file below a folder link that leads out (refused above, so not reached), kept as a guard.
                problems.add(new Problem(Origin.ofFile(name(f)), "位于站点文件夹之外（" + real + "），已拒绝读取"));
                return FileVisitResult.CONTINUE;
            }
            int links = hardLinks(real);
            if (links > 1) {
                problems.add(new Problem(Origin.ofFile(name(f)), "此文件有 " + links
                        + " 个硬链接，无法确认其他名字都在站点文件夹之内，已拒绝读取；请改为复制一份"));
                return FileVisitResult.CONTINUE;
            }
            files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(real));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problems.add(new Problem(Origin.ofFile(name(f)), "符号链接成环（指向它自己所在的文件夹），已拒绝读取"));
            } else {
                problems.add(new Problem(Origin.ofFile(name(f)), "无法读取：" + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** The hard-link count, where the file system tells it (1 where it does not). */
    private static int hardLinks(Path file) throws IOException {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
