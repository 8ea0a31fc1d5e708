package org.gongkai.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An image the settings name (党政机关标识, the pages' Image meta): a file of the site's own
 * {@code assets/} folder, which the build copies into the site. An address on another host is
 * refused: the site makes no request to another host.
 */
final class SiteImage {

    static final String FOLDER = "assets/";
    static final List<String> TYPES = List.of(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp");

    private SiteImage() {
    }

    /** The path as written ("assets/dzjg.png"), or null (reported) when it is not an image of assets/. */
    static String read(Fields f, String key, Path siteDir, Problems problems) {
        String path = f.text(key);
        if (path == null) {
            return null;
        }
        String problem = problem(path, siteDir);
        if (problem != null) {
            problems.add(f.node(key).origin(), "\"" + key + "\" " + problem + "，这里是 \"" + Messages.clip(path) + "\"");
            return null;
        }
        return path;
    }

    private static String problem(String path, Path siteDir) {
        if (path.contains("://") || path.startsWith("//")) {
            return "应为站点 assets/ 文件夹中的图片（如 assets/dzjg.png）：站点不得从其他网站加载图片，请把图片下载到 assets/ 中";
        }
        if (!path.startsWith(FOLDER) || path.contains("\\") || path.contains("/../") || path.contains("/./")
                || path.endsWith("/")) {
            return "应为站点 assets/ 文件夹中的图片，写成 assets/文件名（如 assets/dzjg.png）";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (TYPES.stream().noneMatch(lower::endsWith)) {
            return "应为图片文件（" + String.join("、", TYPES) + "）";
        }
        Path file = siteDir.resolve(path);
        if (siteDir != null && !Files.isRegularFile(file)) {
            return "指向的图片不存在（路径相对于站点文件夹）";
        }
        return null;
    }
}
