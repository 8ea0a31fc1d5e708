package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text export of a Word document (as in the seed): a line starting with a tab is a
 * table cell (further tabs on the line separate further cells), an empty line ends a table row,
 * a second empty line or a line without a tab ends the table. A line without a tab right after a
 * cell is that cell's next paragraph ("1.…" then "2.…" in one 绩效目标 cell). Locations are lines. Cells
 * and paragraphs are bounded by {@link SourceTooLarge}.
 */
public final class TextSource {

    /** Word's export marks headings that are bookmarked: "[bookmark: _Toc_2_2_0000000001]一、总体绩效目标". */
    private static final Pattern BOOKMARK = Pattern.compile("^(\\[bookmark: [^\\]]*\\])+");

    private TextSource() {
    }

    public static List<Block> read(String text) {
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<List<Cell>> rows = null;
        String tableWhere = null;
        List<Cell> row = null;
        List<String> cellLines = null;
        String cellWhere = null;
        long items = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "第 " + (i + 1) + " 行";
            boolean cellStart = line.startsWith("\t");
            boolean continuation = !cellStart && !line.isEmpty() && cellLines != null;
            if (cellLines != null && !continuation) {
                row.add(new Cell(join(cellLines), cellWhere));
                cellLines = null;
            }
            if (cellStart) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    tableWhere = where;
                }
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                long tabs = line.chars().filter(ch -> ch == '\t').count();
                if (tabs > SourceTooLarge.MAX_COLUMNS) {
                    throw new SourceTooLarge(where + "有 " + tabs + " 格，超过 " + SourceTooLarge.MAX_COLUMNS + " 格的上限");
                }
                String[] cells = line.substring(1).split("\t", -1);
                items += cells.length;
                SourceTooLarge.checkCells(items);
                for (int c = 0; c < cells.length - 1; c++) {
                    row.add(new Cell(cells[c].strip(), where));
                }
                cellLines = new ArrayList<>(List.of(cells[cells.length - 1]));
                cellWhere = where;
            } else if (continuation) {
                cellLines.add(line);
            } else if (line.isEmpty() && row != null) {
                row = null;
            } else {
                if (rows != null) {
                    blocks.add(new Block.Table(rows, tableWhere));
                    rows = null;
                    row = null;
                }
                if (!line.isEmpty()) {
                    SourceTooLarge.checkCells(++items);
                    blocks.add(new Block.Paragraph(BOOKMARK.matcher(line).replaceFirst("").strip(), where));
                }
            }
        }
        if (cellLines != null) {
            row.add(new Cell(join(cellLines), cellWhere));
        }
        if (rows != null) {
            blocks.add(new Block.Table(rows, tableWhere));
        }
        return blocks;
    }

    /** The paragraphs of one cell, each trimmed at its ends; blank ones dropped. */
    static String join(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            String t = p.strip();
            if (!t.isEmpty()) {
                b.append(b.length() > 0 ? "\n" : "").append(t);
            }
        }
        return b.toString();
    }
}
