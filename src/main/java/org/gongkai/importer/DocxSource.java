package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document: body paragraphs and tables in order. Merged cells are expanded back into the
 * grid: a cell spanning columns (gridSpan) is followed by copies marked FROM_LEFT, a cell that
 * continues a vertical merge (vMerge) carries the text of the cell it continues, marked FROM_ABOVE.
 * Locations: "第 N 段" for paragraphs, "表 T 第 R 行第 C 格" for cells (columns of the grid).
 */
public final class DocxSource {

    private DocxSource() {
    }

    public static List<Block> read(InputStream in) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs++;
                    blocks.add(new Block.Paragraph(p.getText().strip(), "第 " + paragraphs + " 段"));
                } else if (element instanceof XWPFTable t) {
                    tables++;
                    blocks.add(table(t, tables));
                }
            }
        }
        return blocks;
    }

    private static Block.Table table(XWPFTable table, int number) {
        List<List<Cell>> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            List<Cell> cells = new ArrayList<>();
            Map<Integer, String> current = new HashMap<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                String where = "表 " + number + " 第 " + r + " 行第 " + (column + 1) + " 格";
                String text = continues ? above.getOrDefault(column, "") : text(cell);
                cells.add(new Cell(text, where, continues ? Cell.Merge.FROM_ABOVE : Cell.Merge.NONE));
                current.put(column, text);
                for (int s = 1; s < span; s++) {
                    cells.add(new Cell(text, "表 " + number + " 第 " + r + " 行第 " + (column + 1 + s) + " 格",
                            Cell.Merge.FROM_LEFT));
                }
                column += Math.max(1, span);
            }
            above = current;
            rows.add(cells);
        }
        return new Block.Table(rows, "表 " + number);
    }

    /** A cell's paragraphs, each trimmed; a cell can hold "1.…" and "2.…" as two paragraphs. */
    private static String text(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            paragraphs.add(p.getText());
        }
        return TextSource.join(paragraphs);
    }
}
