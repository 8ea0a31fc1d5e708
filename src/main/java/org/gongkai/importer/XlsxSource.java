package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook: each sheet is read as a table; a row holding only a text ending in
 * 绩效目标表 (the title above the form) becomes a paragraph, so a sheet with several forms one
 * under the other works too. Numbers are read as Excel shows them (DataFormatter: 51.00 with
 * the cell's "0.00" format stays 51.00; a formula cell gives the value Excel saved). Merged ranges are expanded as in Word. Locations are
 * {@code Sheet!B7}. The package is opened from the file after {@link OfficeZip} has looked
 * inside it, and {@link SheetSize} counts the cells before POI builds them in memory.
 */
public final class XlsxSource {

    private XlsxSource() {
    }

    public static List<Block> read(Path file) throws IOException {
        List<Block> blocks = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        // A total typed as =SUM(…) reads as the value Excel saved with it, as the sheet shows it
        // (without this, the formula's own text); nothing is evaluated here.
        formatter.setUseCachedValuesForFormulaCells(true);
        OPCPackage pkg = OfficeZip.open(file);
        try {
            SheetSize.check(pkg);
            Workbook book = new XSSFWorkbook(pkg);
            for (Sheet sheet : book) {
                sheet(sheet, formatter, blocks);
            }
        } finally {
            pkg.revert(); // a read-only package is let go, not closed (closing means saving)
        }
        return blocks;
    }

    private static void sheet(Sheet sheet, DataFormatter formatter, List<Block> blocks) {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        List<List<Cell>> rows = new ArrayList<>();
        String tableWhere = null;
        // Only the rows that exist: a lone cell in row 1,000,000 costs one row, not a million.
        for (Row row : sheet) {
            int r = row.getRowNum();
            List<Cell> cells = new ArrayList<>();
            int last = Math.max(0, row.getLastCellNum());
            for (int c = 0; c < last; c++) {
                String where = sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString();
                Cell.Merge merge = Cell.Merge.NONE;
                org.apache.poi.ss.usermodel.Cell source = row.getCell(c);
                for (CellRangeAddress range : merged) {
                    if (range.isInRange(r, c) && (range.getFirstRow() != r || range.getFirstColumn() != c)) {
                        merge = range.getFirstColumn() == c ? Cell.Merge.FROM_ABOVE : Cell.Merge.FROM_LEFT;
                        Row top = sheet.getRow(range.getFirstRow());
                        source = top == null ? null : top.getCell(range.getFirstColumn());
                    }
                }
                String text = source == null ? "" : TextSource.join(List.of(formatter.formatCellValue(source).split("\n")));
                cells.add(new Cell(text, where, merge));
            }
            List<Cell> own = cells.stream().filter(c -> !c.isBlank()).toList();
            if (own.isEmpty()) {
                continue;
            }
            if (own.size() == 1 && Labels.PROJECT_TITLE.matcher(Labels.stripNumber(own.get(0).text())).matches()
                    && !Labels.norm(own.get(0).text()).startsWith("项目")) {
                if (!rows.isEmpty()) {
                    blocks.add(new Block.Table(rows, tableWhere));
                    rows = new ArrayList<>();
                }
                blocks.add(new Block.Paragraph(own.get(0)));
                continue;
            }
            if (rows.isEmpty()) {
                tableWhere = cells.get(0).where();
            }
            rows.add(cells);
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(rows, tableWhere));
        }
    }
}
