package org.gongkai.render;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text written between the tags of one theme's templates, encoded to UTF-8 once, when a
 * template is compiled: most of a page's bytes are its markup, the same on every page, which the
 * page buffer then copies instead of encoding again ({@link PageBuffer}). Pebble writes a text node
 * as its own character array, which nothing changes once the template is parsed, so the array
 * itself is the key (an array's equals and hash are its identity). Each {@link Theme} has its
 * own, so a theme compiled again (serve, build --watch) leaves the old one to the collector.
 */
final class TemplateText {

    /** Shorter texts are encoded as they come: a lookup would cost about as much. */
    private static final int SHORTEST = 8;

    private final ConcurrentHashMap<char[], byte[]> encoded = new ConcurrentHashMap<>(1 << 10);

    /** Registers the text nodes of each template as it is compiled. */
    NodeVisitorFactory visitors() {
        return template -> new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(TextNode node) {
                add(node.getData());
            }
        };
    }

    /** Encodes {@code text}, an array nothing changes, to be copied from now on; false if it is left to be encoded in place. */
    boolean add(char[] text) {
        // A surrogate at either end may pair with what is written beside it: such a text is encoded in place.
        if (text.length < SHORTEST || Character.isSurrogate(text[0]) || Character.isSurrogate(text[text.length - 1])) {
            return false;
        }
        encoded.computeIfAbsent(text, t -> new String(t).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** How many texts are held. */
    int size() {
        return encoded.size();
    }

    /** The UTF-8 bytes of a template's text node {@code text}, or null for any other array. */
    byte[] of(char[] text) {
        return encoded.get(text);
    }
}
