package org.gongkai.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Markdown prose (overall goal, measures…) to HTML. Raw HTML in the source is escaped, never
 * passed through, and a link or image whose target {@link LinkTargets} does not allow is shown as
 * its text only: this is the only HTML that templates print unescaped. The loader refuses such
 * links with their place ({@link #unsafeLinks}); the renderer drops them all the same.
 */
public final class Markdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
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
        return html(PARSER.parse(source));
    }

    private static SafeString html(Document document) {
        for (Node link : links(document)) {
            if (!LinkTargets.allowed(target(link, document))) {
                unlink(link);
            }
        }
        return new SafeString(RENDERER.render(document));
    }

    /** A text as {@link #plainText} and {@link #render} give it, both null for null. */
    public record TextAndHtml(String text, SafeString html) {
    }

    /**
     * {@link #plainText} and {@link #render} of {@code source} from one parse: a department's overall
     * goal is both its page's description and its first section, and a parse is most of the cost.
     */
    public static TextAndHtml renderWithText(String source) {
        if (source == null) {
            return new TextAndHtml(null, null);
        }
        Document document = PARSER.parse(source);
        String text = new TextCollectingVisitor().collectAndGetText(document); // reads, before html() unlinks
        return new TextAndHtml(text, html(document));
    }

    /**
     * False when {@code source} cannot hold a link, so the loader need not parse every text: with no
     * extension on, CommonMark's only links and images start at "[" (inline, reference, image) or at
     * "<" (autolink). MarkdownTest checks the parser agrees.
     */
    static boolean mayHaveLinks(String source) {
        return source != null && (source.indexOf('[') >= 0 || source.indexOf('<') >= 0);
    }

    /** A link whose target is not allowed: where it starts in the source, and its target as written. */
    public record UnsafeLink(int offset, String target) {
    }

    /** The links and images of {@code source} that {@link #render} shows as text only. */
    public static List<UnsafeLink> unsafeLinks(String source) {
        List<UnsafeLink> unsafe = new ArrayList<>();
        if (mayHaveLinks(source)) {
            Document document = PARSER.parse(source);
            for (Node link : links(document)) {
                String target = target(link, document);
                if (!LinkTargets.allowed(target)) {
                    unsafe.add(new UnsafeLink(link.getStartOffset(), target));
                }
            }
        }
        return unsafe;
    }

    /**
     * A line of the page's furniture (页脚, 联系方式): links and emphasis only. Whatever else Markdown
     * would make of the text (a heading of "# …", a list of "1. …", a code block, an image) is shown as
     * the text it was written as, so a footer written before it took Markdown reads as it did.
     */
    public static SafeString renderLine(String source) {
        if (source == null) {
            return null;
        }
        Document document = PARSER.parse(source);
        for (Node link : links(document)) {
            if (link instanceof Image || link instanceof ImageRef || !LinkTargets.allowed(target(link, document))) {
                unlink(link);
            }
        }
        Node n = document.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            if (!(n instanceof Paragraph)) {
                String text = n.getChars().toString().strip();
                if (!text.isEmpty()) {
                    Paragraph line = new Paragraph();
                    line.appendChild(new Text(BasedSequence.of(text)));
                    n.insertBefore(line);
                }
                n.unlink();
            }
            n = next;
        }
        return new SafeString(RENDERER.render(document));
    }

    /** The http and https targets of the links of {@code source}, as the browser will read them. */
    public static List<String> webLinks(String source) {
        List<String> web = new ArrayList<>();
        if (mayHaveLinks(source)) {
            Document document = PARSER.parse(source);
            for (Node link : links(document)) {
                String target = LinkTargets.asBrowserReads(Escaping.unescapeString(target(link, document)));
                String lower = target.toLowerCase(java.util.Locale.ROOT);
                if (LinkTargets.allowed(target(link, document)) && (lower.startsWith("http:") || lower.startsWith("https:"))) {
                    web.add(target);
                }
            }
        }
        return web;
    }

    /** Inline links and images, reference links and images, autolinks: every node with a target. */
    private static List<Node> links(Document document) {
        List<Node> links = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof LinkNodeBase || n instanceof RefNode || n instanceof AutoLink || n instanceof MailLink) {
                links.add(n);
            }
        }
        return links;
    }

    /** The target as written (escapes and character references not yet decoded); "" for an undefined reference. */
    private static String target(Node link, Document document) {
        if (link instanceof LinkNodeBase l) {
            return l.getUrl().toString();
        }
        if (link instanceof RefNode r) {
            Reference reference = r.isDefined() ? r.getReferenceNode(document) : null;
            return reference == null ? "" : reference.getUrl().toString();
        }
        if (link instanceof MailLink m) {
            return "mailto:" + m.getText();
        }
        return ((AutoLink) link).getUrl().toString();
    }

    /** Replaces a link by its text, an image by its description. */
    private static void unlink(Node link) {
        if (link instanceof Image || link instanceof ImageRef || link instanceof AutoLink) {
            String text = link instanceof Image i ? i.getText().toString()
                    : link instanceof ImageRef r ? r.getText().toString() : link.getChars().toString();
            link.insertBefore(new Text(BasedSequence.of(text)));
        } else {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
        }
        link.unlink();
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
