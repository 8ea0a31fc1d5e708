package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The footer's Markdown lines (页脚, 联系方式) as HTML. Every page prints the same few lines, so
 * each is rendered once and kept, not parsed again for each of ten thousand pages.
 */
final class Furniture {

    /** Source → HTML; a site has two such texts, and a JVM that builds many sites only a few more. */
    private static final Map<String, SafeString> RENDERED = new ConcurrentHashMap<>();
    private static final int LIMIT = 64;

    private Furniture() {
    }

    /** The rendered text, or null when none is set. */
    static SafeString markdown(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        SafeString cached = RENDERED.get(source);
        if (cached == null) {
            cached = Markdown.renderLine(source);
            if (RENDERED.size() < LIMIT) {
                RENDERED.put(source, cached);
            }
        }
        return cached;
    }
}
