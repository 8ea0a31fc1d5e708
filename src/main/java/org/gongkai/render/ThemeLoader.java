package org.gongkai.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Finds a template by name: the site's own templates, read beforehand by {@link ThemeFolder}, then
 * the built-in theme in the jar. Pebble never opens a file of the site itself, so an
 * {@code include} cannot reach beyond what was read; a name that climbs ({@code ..}) or starts at
 * the root is not found.
 */
final class ThemeLoader implements Loader<String> {

    private final Map<String, String> own;
    private final ClasspathLoader builtin;

    ThemeLoader(Map<String, String> own, String builtinPrefix) {
        this.own = own;
        this.builtin = new ClasspathLoader(ThemeLoader.class.getClassLoader());
        builtin.setPrefix(builtinPrefix);
        builtin.setCharset("UTF-8");
    }

    @Override
    public Reader getReader(String name) {
        if (!plain(name)) {
            throw new LoaderException(null, "模板名须是 templates/ 里的相对路径，不能含 .. 或以 / 开头：" + name);
        }
        String text = own.get(name);
        if (text != null) {
            return new StringReader(text);
        }
        if (!builtin.resourceExists(name)) {
            throw new LoaderException(null, "模板 " + name + " 不存在（templates/ 和内置主题里都没有）");
        }
        return builtin.getReader(name);
    }

    @Override
    public boolean resourceExists(String name) {
        return plain(name) && (own.containsKey(name) || builtin.resourceExists(name));
    }

    private static boolean plain(String name) {
        return !name.startsWith("/") && !name.contains("\\") && !("/" + name + "/").contains("/../")
                && !name.contains(":");
    }

    /**
     * "./x" and "../x" are taken from the including template's folder; a name that climbs above
     * templates/ stays as written, so that {@link #getReader} refuses it by name.
     */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (!relativePath.startsWith("./") && !relativePath.startsWith("../")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = anchorPath.lastIndexOf('/');
        for (String part : (slash < 0 ? "" : anchorPath.substring(0, slash)).split("/")) {
            if (!part.isEmpty()) {
                parts.addLast(part);
            }
        }
        for (String part : relativePath.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return relativePath;
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public void setCharset(String charset) {
        // Templates are UTF-8, read beforehand.
    }

    @Override
    public void setPrefix(String prefix) {
        // Names are relative to templates/.
    }

    @Override
    public void setSuffix(String suffix) {
        // Names carry their extension.
    }
}
