package org.gongkai.data;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables as one Excel workbook (.xlsx, Office Open XML), a sheet per table with the Chinese headings
 * as its first row.
 *
 * <p>Written directly rather than through POI's XSSF: a workbook of three small sheets took POI
 * over a second on a busy build machine, which a site of 10,000 project pages cannot afford; the
 * few parts a plain workbook needs are written here, and the tests read every file back with POI.
 * The bytes depend on the tables only (fixed entry times), so a rebuild changes no file needlessly.
 *
 * <p>Amounts are numeric cells, so that Excel can add them up, and stay exact: the cell holds the
 * disclosed decimal text and a number format with as many decimals as it was written with (0.10
 * shows 0.10, 51.00 shows 51.00). Excel keeps 15 significant digits, so a number longer than that
 * is written as text rather than rounded. Every other cell is an inline string, never a formula,
 * whatever it starts with ({@code =100%} stays text).
 */
public final class Xlsx {

    /** Excel's precision: longer numbers would be rounded in a numeric cell. */
    private static final int EXCEL_DIGITS = 15;
    /** Decimals with a number format of their own (amounts have at most 6). */
    private static final int MAX_SCALE = 6;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String STYLES = styles();

    private Xlsx() {
    }

    public static byte[] of(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            write(tables, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Streams the workbook into {@code stream}, a sheet row at a time. */
    public static void write(List<Table> tables, OutputStream stream) throws IOException {
        // Closed, so its Deflater's native memory is freed now and not at some later GC (a site writes
        // thousands of workbooks); the caller's stream stays open.
        try (ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8)) {
            // The fastest level: a small workbook is written in a fraction of the time, a few per cent larger.
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", contentTypes(tables.size()));
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", workbook(tables));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels(tables.size()));
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < tables.size(); i++) {
                ZipEntry entry = new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                sheet(tables.get(i), zip);
                zip.closeEntry();
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String workbook(List<Table> tables) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 0; i < tables.size(); i++) {
            s.append("<sheet name=\"").append(escape(tables.get(i).title())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId").append(sheets + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /**
     * Cell styles: 0 general, 1 bold (the heading row), 2 + n a number with n decimals (format 1 is
     * Excel's built-in "0", the others are defined here as "0.0", "0.00"…).
     */
    private static String styles() {
        StringBuilder formats = new StringBuilder();
        StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        for (int scale = 1; scale <= MAX_SCALE; scale++) {
            formats.append("<numFmt numFmtId=\"").append(163 + scale).append("\" formatCode=\"0.")
                    .append("0".repeat(scale)).append("\"/>");
            xfs.append("<xf numFmtId=\"").append(163 + scale)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
                + "<numFmts count=\"" + MAX_SCALE + "\">" + formats + "</numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (MAX_SCALE + 3) + "\">" + xfs + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    /** Streamed rows at a time ({@link Utf8Pieces}). */
    private static void sheet(Table table, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder(4096);
        s.append("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
                <sheetData>""");
        List<Column> columns = table.columns();
        s.append("<row r=\"1\">");
        for (int c = 0; c < columns.size(); c++) {
            text(s, c, 1, columns.get(c).title(), 1);
        }
        s.append("</row>");
        int r = 1;
        for (List<String> row : table.rows()) {
            r++;
            s.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns.size(); c++) {
                String value = row.get(c);
                if (value == null) {
                    continue;
                }
                if (columns.get(c).numeric() && fitsExcel(value)) {
                    int scale = scale(value);
                    s.append("<c r=\"").append(reference(c, r)).append("\" s=\"").append(2 + scale)
                            .append("\"><v>").append(value).append("</v></c>");
                } else {
                    text(s, c, r, value, 0);
                }
            }
            s.append("</row>");
            Utf8Pieces.writeIfFull(s, out);
        }
        s.append("</sheetData></worksheet>");
        Utf8Pieces.write(s, out);
    }

    private static void text(StringBuilder s, int column, int row, String value, int style) {
        s.append("<c r=\"").append(reference(column, row)).append('"');
        if (style != 0) {
            s.append(" s=\"").append(style).append('"');
        }
        s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(value)).append("</t></is></c>");
    }

    /** Whether Excel holds this decimal exactly: plain digits, at most 15 significant, at most 6 decimals. */
    static boolean fitsExcel(String value) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '-' && i == 0 || ch == '.') {
                continue;
            }
            if (ch < '0' || ch > '9') {
                return false;
            }
            if (leading && ch == '0') {
                continue;
            }
            leading = false;
            digits++;
        }
        return digits <= EXCEL_DIGITS && scale(value) <= MAX_SCALE;
    }

    private static int scale(String value) {
        int point = value.indexOf('.');
        return point < 0 ? 0 : value.length() - point - 1;
    }

    /** A1-style reference: column 0 is A, 26 is AA. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    private static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && s == null) {
                s = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (s != null) {
                if (replacement != null) {
                    s.append(replacement);
                } else {
                    s.append(c);
                }
            }
        }
        return s == null ? text : s.toString();
    }
}
