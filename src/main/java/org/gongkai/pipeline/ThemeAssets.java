package org.gongkai.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.load.LoadException;
import org.gongkai.site.Page;
import org.gongkai.render.Theme;
import org.gongkai.render.ThemeFolder;

/**
 * The static files of the site: the built-in theme's assets, then the site's own {@code assets/}
 * on top, file by file. The site's files are read by {@link ThemeFolder}, which refuses links that
 * leave the site folder.
 */
public final class ThemeAssets {

    static final String OUTPUT_DIR = "assets/";

    private ThemeAssets() {
    }

    public static List<Page> collect(Path siteDir) throws LoadException {
        Map<String, byte[]> files = new TreeMap<>(ClasspathFolder.read(Theme.BUILTIN + Theme.ASSETS_DIR));
        files.putAll(ThemeFolder.read(siteDir, Theme.ASSETS_DIR));
        return files.entrySet().stream().map(e -> new Page(OUTPUT_DIR + e.getKey(), e.getValue())).toList();
    }
}
