package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Merged Word cells beyond the seed's: a 二级指标 merged down over two rows carries its text to
 * both (only 一级指标 may be left out to mean "same as above"), and a cell spanning columns is
 * read once, with the cells after it in their own columns.
 */
class DocxMergedCellsTest {

    static {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    @TempDir
    Path dir;

    @Test
    void verticalAndHorizontalMerges() throws Exception {
        Path file = dir.resolve("merged.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("1.合并项目绩效目标表");
            XWPFTable head = doc.createTable(3, 4);
            text(head, 0, 0, "700001某局本级");
            span(head, 0, 4);
            text(head, 1, 0, "项目编码");
            text(head, 1, 1, "M1");
            text(head, 1, 2, "项目名称");
            text(head, 1, 3, "合并项目");
            text(head, 2, 0, "预算数");
            text(head, 2, 1, "2.00");
            text(head, 2, 2, "资金用途");
            text(head, 2, 3, "购置。");
            doc.createParagraph();
            XWPFTable t = doc.createTable(4, 4);
            String[][] rows = {{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "数量指标", "台数", "1台"},
                    {"", "", "批次", "1批"}, {"效益指标", "社会效益指标", "影响", "较大"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    text(t, r, c, rows[r][c]);
                }
            }
            merge(t, 1, 0);
            merge(t, 1, 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        Importer.Result result = Importer.run(List.of(file), new Importer.Options("2023", Map.of()));
        assertEquals(List.of(), result.findings());
        String yaml = result.outputs().get(1).yaml();
        assertTrue(yaml.contains("""
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 台数
                    target: "1台"
                  - level2: 数量指标
                    name: 批次
                    target: "1批"
                  - level1: 效益指标
                """), yaml);
        assertTrue(yaml.startsWith("code: M1\nname: 合并项目\nunit: \"700001\"\norder: 1\nbudget:\n  total: 2.00\npurpose: 购置。\n"), yaml);
    }

    private static void text(XWPFTable t, int r, int c, String text) {
        t.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(text);
    }

    /** Row r's first cell spans {@code n} grid columns. */
    private static void span(XWPFTable t, int r, int n) {
        for (int c = n - 1; c >= 1; c--) {
            t.getRow(r).removeCell(c);
        }
        pr(t.getRow(r).getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(n));
    }

    /** The cell at (r, c) starts a vertical merge that the cell below continues. */
    private static void merge(XWPFTable t, int r, int c) {
        pr(t.getRow(r).getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
        pr(t.getRow(r + 1).getCell(c)).addNewVMerge().setVal(STMerge.CONTINUE);
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
