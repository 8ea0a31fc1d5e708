package org.gongkai.fmt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The content files named by fmt's arguments: files as given, folders searched for content files. */
public final class ContentFiles {

    private ContentFiles() {
    }

    /**
     * Lists the content files under or at each path, sorted. A site folder is searched in its
     * content/ folder only, so a built site/ or node_modules/ next to it is never touched.
     *
     * @throws IllegalArgumentException naming a path that does not exist or is not a content file
     */
    public static List<Path> find(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                if (ContentKind.of(path) == null) {
                    throw new IllegalArgumentException(path + "：不是内容文件（department.yaml 或 projects/ 下的 .yaml）");
                }
                files.add(path.normalize());
            } else if (Files.isDirectory(path)) {
                Path root = Files.isDirectory(path.resolve("content")) ? path.resolve("content") : path;
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(p -> ContentKind.of(p) != null)
                            .map(Path::normalize).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                throw new IllegalArgumentException(path + "：文件或文件夹不存在");
            }
        }
        return new ArrayList<>(files);
    }
}
