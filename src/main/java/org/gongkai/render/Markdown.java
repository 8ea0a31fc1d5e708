package org.gongkai.render;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Set;

/**
 * Markdown prose (overall goal, measures…) to HTML. Raw HTML in the source is escaped, never
 * passed through, and script-like link schemes are dropped: this is the only HTML that
 * templates print unescaped.
 */
public final class Markdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)^\\s*(javascript|vbscript|data|file):.*")
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(options -> new CjkLineBreaks())
            .build();

    private Markdown() {
    }

    /** Renders {@code source}; null stays null so templates can tell "not given" from empty. */
    public static SafeString render(String source) {
        if (source == null) {
            return null;
        }
        return new SafeString(RENDERER.render(PARSER.parse(source)));
    }

    /** The text a reader sees, without marks, links' targets or raw HTML: for meta descriptions. */
    public static String plainText(String source) {
        if (source == null) {
            return null;
        }
        return new TextCollectingVisitor().collectAndGetText(PARSER.parse(source));
    }

    /**
     * A line break inside a Chinese paragraph is only where the editor wrapped the line: a browser
     * would show it as a space between two characters, so it is dropped between wide characters.
     */
    private static final class CjkLineBreaks implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, this::render));
        }

        private void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
            BasedSequence base = node.getChars().getBaseSequence();
            int before = node.getStartOffset() - 1;
            int after = node.getEndOffset();
            boolean wideBefore = before >= 0 && isWide(base.charAt(before));
            boolean wideAfter = after < base.length() && isWide(base.charAt(after));
            if (!(wideBefore || wideAfter)) {
                html.raw(context.getHtmlOptions().softBreak);
            }
        }

        private static boolean isWide(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN
                    || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
        }
    }
}
