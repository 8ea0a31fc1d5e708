package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.load.LoadException;
import org.gongkai.load.Problem;
import org.gongkai.model.Origin;
import org.gongkai.site.Page;
import org.gongkai.render.Theme;

/**
 * The static files of the site: the built-in theme's assets, then the site's own {@code assets/}
 * on top, file by file. Files behind links that leave the site folder are refused.
 */
final class ThemeAssets {

    static final String OUTPUT_DIR = "assets/";

    private ThemeAssets() {
    }

    static List<Page> collect(Path siteDir) throws LoadException {
        Map<String, byte[]> files = new TreeMap<>(ClasspathFolder.read(Theme.BUILTIN + Theme.ASSETS_DIR));
        Path own = siteDir.resolve(Theme.ASSETS_DIR);
        if (Files.isDirectory(own)) {
            try {
                Path root = siteDir.toRealPath();
                try (Stream<Path> walk = Files.walk(own, FileVisitOption.FOLLOW_LINKS)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        String name = own.relativize(p).toString().replace('\\', '/');
                        if (!Files.isRegularFile(p) || name.startsWith(".") || name.contains("/.")) {
                            continue;
                        }
                        if (!p.toRealPath().startsWith(root)) {
                            throw new LoadException(List.of(new Problem(Origin.ofFile(Theme.ASSETS_DIR + "/" + name),
                                    "符号链接指向站点文件夹之外，已拒绝读取")));
                        }
                        files.put(name, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new LoadException(List.of(new Problem(Origin.ofFile(Theme.ASSETS_DIR + "/"),
                        "无法读取：" + e.getMessage())));
            }
        }
        return files.entrySet().stream().map(e -> new Page(OUTPUT_DIR + e.getKey(), e.getValue())).toList();
    }
}
