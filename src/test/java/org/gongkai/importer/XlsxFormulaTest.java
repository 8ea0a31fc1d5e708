package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell holding a formula reads as the value Excel saved with it, not as the formula's text. */
class XlsxFormulaTest {

    @Test
    void aFormulaCellReadsAsItsSavedValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("表.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("表1");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("年度资金总额");
            row.createCell(1).setCellFormula("SUM(12.5,30)");
            row.getCell(1).setCellValue(42.5); // the value Excel would save beside the formula
            book.write(out);
        }
        List<Block> blocks = XlsxSource.read(file);
        Block.Table table = (Block.Table) blocks.get(0);
        assertEquals("年度资金总额", table.rows().get(0).get(0).text());
        assertEquals("42.5", table.rows().get(0).get(1).text());
    }
}
