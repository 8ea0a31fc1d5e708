package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.site.Page;

/**
 * Writes the site into a fresh folder beside the output and swaps it in only when everything is
 * written: a failed build leaves the previous site untouched, and no stale file of an earlier
 * build survives. A marker file tells our own output apart from a folder we must not replace.
 */
public final class SiteWriter {

    /** Present in every folder this tool wrote; an existing output without it is never replaced. */
    public static final String MARKER = ".gongkai-build";

    private final Path out;

    public SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
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
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BuildException("输出位置 " + out + " 是一个文件，不是文件夹");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new BuildException("输出文件夹 " + out + " 已存在且不是 gongkai 生成的（缺少 " + MARKER
                    + "）；为免误删，请清空它或另选输出位置（-o）");
        }
    }

    /** Writes {@code pages} and swaps them in as the new output folder. */
    public void write(List<Page> pages) throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
        try {
            pages.parallelStream().forEach(page -> put(fresh, page));
            Files.writeString(fresh.resolve(MARKER), "由 gongkai 生成；此文件夹每次构建时整体替换。\n", StandardCharsets.UTF_8);
            swap(fresh);
        } catch (IOException | RuntimeException e) {
            deleteTree(fresh);
            throw e;
        }
    }

    private static void put(Path root, Page page) {
        Path file = root.resolve(page.path());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, page.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void swap(Path fresh) throws IOException {
        if (!Files.exists(out)) {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static boolean isEmpty(Path dir) throws BuildException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new BuildException("无法读取输出文件夹 " + dir + "：" + e.getMessage());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
