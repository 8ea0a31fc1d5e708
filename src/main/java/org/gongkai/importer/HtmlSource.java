package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page, as portals publish these forms: its tables and the paragraphs outside them, in
 * page order, read the same way as a Word document. rowspan and colspan are expanded into the
 * grid like Word's merged cells: the cells a rowspan covers below are copies marked FROM_ABOVE,
 * the ones a colspan covers to the right FROM_LEFT. A table inside a cell is read as that
 * cell's text. Locations: "第 N 段" for paragraphs, "表 T 第 R 行第 C 格" for cells.
 */
public final class HtmlSource {

    /** Elements that end a line of text; everything else is inline. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "blockquote", "pre", "center", "form",
            "address", "hr", "br", "tr", "caption", "main", "aside", "nav", "figure", "figcaption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "select",
            "button", "iframe", "object", "svg");
    /** Beyond these a span is a typing error, not a form: it is clamped rather than grown into millions of cells. */
    private static final int MAX_ROWSPAN = 1000;
    private static final int MAX_COLSPAN = 100;

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int paragraphs;
    private int tables;

    private HtmlSource() {
    }

    /** Reads a page; the charset is taken from the page (BOM or meta), UTF-8 when it says none. */
    public static List<Block> read(InputStream in) throws IOException {
        Document doc = Jsoup.parse(in, null, "");
        HtmlSource source = new HtmlSource();
        source.walk(doc.body() == null ? doc : doc.body());
        source.flush();
        return source.blocks;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    table(e);
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    walk(e);
                    flush();
                } else {
                    walk(e);
                }
            }
        }
    }

    /** Ends the current line of text outside tables as one paragraph, if it has any text. */
    private void flush() {
        String text = clean(line.toString());
        line.setLength(0);
        if (!text.isEmpty()) {
            paragraphs++;
            blocks.add(new Block.Paragraph(text, "第 " + paragraphs + " 段"));
        }
    }

    private void table(Element table) {
        tables++;
        List<Element> trs = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                trs.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                child.children().stream().filter(c -> c.normalName().equals("tr")).forEach(trs::add);
            } else if (child.normalName().equals("caption")) {
                String caption = cellText(child);
                if (!caption.isEmpty()) {
                    paragraphs++;
                    blocks.add(new Block.Paragraph(caption, "第 " + paragraphs + " 段"));
                }
            }
        }
        // (row, column) → the cell a span from above or from the left put there.
        Map<Long, Cell> spanned = new HashMap<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            List<Cell> row = new ArrayList<>();
            int c = 0;
            for (Element td : trs.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                c = fillSpanned(spanned, row, r, c);
                String text = cellText(td);
                String at = "表 " + tables + " 第 " + (r + 1) + " 行第 ";
                int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
                int colspan = span(td.attr("colspan"), MAX_COLSPAN);
                row.add(new Cell(text, at + (c + 1) + " 格"));
                for (int s = 1; s < colspan; s++) {
                    row.add(new Cell(text, at + (c + 1 + s) + " 格", Cell.Merge.FROM_LEFT));
                }
                for (int down = 1; down < rowspan && r + down < trs.size(); down++) {
                    String below = "表 " + tables + " 第 " + (r + down + 1) + " 行第 ";
                    for (int s = 0; s < colspan; s++) {
                        spanned.put(key(r + down, c + s), new Cell(text, below + (c + 1 + s) + " 格",
                                s == 0 ? Cell.Merge.FROM_ABOVE : Cell.Merge.FROM_LEFT));
                    }
                }
                c += colspan;
            }
            fillSpanned(spanned, row, r, Integer.MAX_VALUE);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(rows, "表 " + tables));
        }
    }

    /**
     * Adds the cells spans from above put at the row's next columns, up to the next free column;
     * {@code until} MAX_VALUE at the row's end: also those after a gap, blanks in between.
     */
    private static int fillSpanned(Map<Long, Cell> spanned, List<Cell> row, int r, int until) {
        int c = row.size();
        while (spanned.containsKey(key(r, c))) {
            row.add(spanned.remove(key(r, c)));
            c++;
        }
        if (until == Integer.MAX_VALUE) {
            // A span reaching past the last cell of this row, after a gap: keep the columns in place.
            int last = spanned.keySet().stream().filter(k -> (int) (k >> 32) == r).mapToInt(k -> (int) (long) k)
                    .max().orElse(-1);
            while (c <= last) {
                Cell s = spanned.remove(key(r, c));
                row.add(s == null ? new Cell("", "", Cell.Merge.NONE) : s);
                c++;
            }
        }
        return c;
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xffffffffL);
    }

    private static int span(String value, int max) {
        try {
            return Math.min(max, Math.max(1, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's paragraphs (p, div, br, a nested table's rows), each trimmed, joined by line breaks. */
    private static String cellText(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        cellLines(cell, lines, current);
        lines.add(current.toString());
        List<String> cleaned = new ArrayList<>();
        for (String l : lines) {
            cleaned.add(clean(l));
        }
        return TextSource.join(cleaned);
    }

    private static void cellLines(Node node, List<String> lines, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e && !SKIPPED.contains(e.normalName())) {
                boolean block = BLOCKS.contains(e.normalName()) || e.normalName().equals("table");
                if (block) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                if (e.normalName().equals("td") || e.normalName().equals("th")) {
                    current.append(' ');
                }
                cellLines(e, lines, current);
                if (block) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
            }
        }
    }

    /** HTML collapses runs of white space (and &nbsp; renders as one); trimmed at both ends. */
    private static String clean(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n\\f]+", " ").strip();
    }
}
