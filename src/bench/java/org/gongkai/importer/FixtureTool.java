package org.gongkai.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Makes the Word and Excel fixtures of the import tests from the seed text, the way a department
 * would have them: the 绩效目标表 with its merged cells (a blank first cell in the text is a
 * vertical merge with the cell above; a short row's last cell spans the rest of the grid), and
 * amounts and percentages in Excel as numbers with a display format. Run once and commit the
 * output; regenerate after changing this class with
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/gongkai.jar:target/test-classes org.gongkai.importer.FixtureTool \
 *     fixtures src/test/resources/seed/000_8ddc17a317e3134c.txt src/test/resources/import
 * </pre>
 *
 * {@code big N FILE.txt|FILE.docx} writes a document of N projects (the seed's four complete
 * projects repeated with new codes) for bench/import.sh.
 */
public final class FixtureTool {

    static {
        // POI's Log4j API would complain on stderr that no Log4j is present; nothing it logs matters here.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    private FixtureTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("fixtures")) {
            List<Block> blocks = TextSource.read(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            Path dir = Path.of(args[2]);
            Files.createDirectories(dir);
            writeDocx(blocks, dir.resolve("seed.docx"));
            writeXlsx(blocks, dir.resolve("seed-projects.xlsx"));
        } else if (args.length == 3 && args[0].equals("big")) {
            Path seed = Path.of("src/test/resources/seed/000_8ddc17a317e3134c.txt");
            String text = big(Files.readString(seed, StandardCharsets.UTF_8), Integer.parseInt(args[1]));
            Path out = Path.of(args[2]);
            if (out.toString().endsWith(".docx")) {
                writeDocx(TextSource.read(text), out);
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            }
        } else {
            System.err.println("用法：FixtureTool fixtures SEED.txt DIR | FixtureTool big N FILE.txt|FILE.docx");
            System.exit(2);
        }
    }

    /** The seed text with its projects 1–4 repeated to {@code n} projects, each with its own code and number. */
    static String big(String seed, int n) {
        String[] lines = seed.split("\n", -1);
        int partTwo = 0;
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("绩效目标表")) {
                titles.add(i);
            } else if (lines[i].equals("第二部分")) {
                partTwo = i;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < titles.get(0); i++) {
            b.append(lines[i]).append('\n');
        }
        for (int p = 0; p < n; p++) {
            int which = p % 4;
            for (int i = titles.get(which); i < titles.get(which + 1); i++) {
                String line = lines[i];
                if (i == titles.get(which)) {
                    line = line.replaceFirst("\\][0-9]+\\.", "]" + (p + 1) + ".");
                } else if (line.matches("\t13028123P\\w+")) {
                    line = String.format("\t13028123P%012dX", p + 1);
                }
                b.append(line).append('\n');
            }
        }
        return partTwo > 0 ? b.toString() : seed;
    }

    // ---- Word ----

    static void writeDocx(List<Block> blocks, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else {
                    table(doc, (Block.Table) block);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static void table(XWPFDocument doc, Block.Table source) {
        List<List<Cell>> rows = source.rows();
        int grid = rows.stream().mapToInt(List::size).max().orElse(1);
        // The indicator table has no spanning cells: a short row there is a cut-off document.
        boolean span = !rows.get(0).get(0).text().equals("一级指标");
        XWPFTable table = doc.createTable(rows.size(), grid);
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            for (int c = grid - 1; c >= cells.size(); c--) {
                row.removeCell(c);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (span && c == cells.size() - 1 && cells.size() < grid) {
                    pr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(grid - cells.size() + 1));
                }
                if (c == 0 && r > 0 && cells.get(0).text().isBlank()) {
                    // A blank first cell under a label is that label's merged cell.
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    CTTcPr above = table.getRow(r - 1).getCell(0).getCTTc().getTcPr();
                    if (!above.isSetVMerge()) {
                        above.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    continue;
                }
                String[] paragraphs = cells.get(c).text().split("\n");
                XWPFParagraph first = cell.getParagraphs().get(0);
                first.createRun().setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    cell.addParagraph().createRun().setText(paragraphs[i]);
                }
            }
        }
        // A paragraph between tables, as Word keeps one; two tables in a row would merge.
        doc.createParagraph();
    }

    // ---- Excel, any document: one sheet, paragraphs as rows of one cell across the sheet ----

    /**
     * Any document as one sheet the way a department would type it into Excel: a paragraph is a
     * row of one cell merged across the sheet, a table's blank first cell is merged with the label
     * above it, and a short row's last cell spans the rest of the grid.
     */
    static void writeSheet(List<Block> blocks, Path file) throws IOException {
        int grid = 2;
        for (Block block : blocks) {
            if (block instanceof Block.Table t) {
                grid = Math.max(grid, t.rows().stream().mapToInt(List::size).max().orElse(1));
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("表1");
            int r = 0;
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    sheet.createRow(r).createCell(0).setCellValue(p.text());
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, grid - 1));
                    r++;
                    continue;
                }
                int mergeTop = -1;
                int top = r;
                for (List<Cell> cells : ((Block.Table) block).rows()) {
                    boolean continues = r > top && !cells.isEmpty() && cells.get(0).text().isBlank();
                    if (!continues) {
                        merge(sheet, mergeTop, r - 1);
                        mergeTop = r;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).text().isBlank()) {
                            row.createCell(c).setCellValue(cells.get(c).text());
                        }
                    }
                    if (cells.size() < grid && cells.size() > 0 && !cells.get(cells.size() - 1).text().isBlank()) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, cells.size() - 1, grid - 1));
                    }
                    r++;
                }
                merge(sheet, mergeTop, r - 1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    // ---- Excel: one sheet per project, named by its code ----

    /** A label cell merged down over the blank first cells below it. */
    private static void merge(Sheet sheet, int top, int bottom) {
        if (top >= 0 && bottom > top) {
            sheet.addMergedRegion(new CellRangeAddress(top, bottom, 0, 0));
        }
    }

    static void writeXlsx(List<Block> blocks, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            Sheet sheet = null;
            int r = 0;
            String title = null;
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    if (p.text().endsWith("绩效目标表")) {
                        title = p.text();
                        sheet = null;
                    }
                    continue;
                }
                List<List<Cell>> rows = ((Block.Table) block).rows();
                if (sheet == null) {
                    String code = rows.stream().flatMap(List::stream).map(Cell::text)
                            .filter(t -> t.matches("13028\\w+")).findFirst().orElse("表" + book.getNumberOfSheets());
                    sheet = book.createSheet(code);
                    sheet.createRow(0).createCell(0).setCellValue(title);
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
                    r = 1;
                }
                int top = r;
                int mergeTop = -1;
                for (List<Cell> cells : rows) {
                    boolean continues = r > top && !cells.isEmpty() && cells.get(0).text().isBlank();
                    if (!continues) {
                        merge(sheet, mergeTop, r - 1);
                        mergeTop = r;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String text = cells.get(c).text();
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        String label = c > 0 ? cells.get(c - 1).text().replaceAll("\\s", "") : "";
                        if (text.isBlank()) {
                            continue;
                        } else if (text.matches("\\d+\\.\\d+") && label.matches("预算数|其中：财政资金|其他资金")) {
                            cell.setCellValue(new BigDecimal(text).doubleValue());
                            cell.setCellStyle(amount);
                        } else if (text.matches("\\d+%")) {
                            cell.setCellValue(Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0);
                            cell.setCellStyle(percent);
                        } else {
                            cell.setCellValue(text);
                        }
                    }
                    if (cells.size() < 7 && cells.size() > 0 && !cells.get(cells.size() - 1).text().isBlank()) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, cells.size() - 1, 6));
                    }
                    r++;
                }
                merge(sheet, mergeTop, r - 1);
                r++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }
}
