package org.gongkai.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** The parts besides the sheets, by the sheets' titles: every workbook of a site has the same. */
    private static final Map<List<String>, List<Zip.Made>> FIXED_PARTS = new ConcurrentHashMap<>();
    /** The start of a sheet up to its heading row, by the table's columns. */
    private static final Map<List<Column>, Zip.Prefix> HEADINGS = new ConcurrentHashMap<>();

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
        try (Zip zip = new Zip(stream)) {
            for (Zip.Made part : FIXED_PARTS.computeIfAbsent(tables.stream().map(Table::title).toList(), Xlsx::fixedParts)) {
                zip.put(part);
            }
            for (int i = 0; i < tables.size(); i++) {
                Table table = tables.get(i);
                Zip.Prefix heading = HEADINGS.computeIfAbsent(table.columns(), Xlsx::heading);
                try (OutputStream sheet = zip.entry("xl/worksheets/sheet" + (i + 1) + ".xml", heading)) {
                    rows(table, sheet);
                }
            }
        }
    }

    /** The parts besides the sheets, which depend only on the sheets' titles, deflated once. */
    private static List<Zip.Made> fixedParts(List<String> titles) {
        return List.of(
                made("[Content_Types].xml", contentTypes(titles.size())),
                made("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                        </Relationships>"""),
                made("xl/workbook.xml", workbook(titles)),
                made("xl/_rels/workbook.xml.rels", workbookRels(titles.size())),
                made("xl/styles.xml", styles()));
    }

    private static Zip.Made made(String name, String text) {
        return Zip.Made.of(name, text.getBytes(StandardCharsets.UTF_8));
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

    private static String workbook(List<String> titles) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 0; i < titles.size(); i++) {
            s.append("<sheet name=\"").append(escape(titles.get(i))).append("\" sheetId=\"").append(i + 1)
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

    private static final byte[] SHEET_START = Utf8Bytes.ascii("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <sheetData>""");
    private static final byte[] SHEET_END = Utf8Bytes.ascii("</sheetData></worksheet>");
    private static final byte[] ROW = Utf8Bytes.ascii("<row r=\"");
    private static final byte[] ROW_END = Utf8Bytes.ascii("</row>");
    private static final byte[] CELL = Utf8Bytes.ascii("<c r=\"");
    private static final byte[] STYLE = Utf8Bytes.ascii("\" s=\"");
    private static final byte[] NUMBER = Utf8Bytes.ascii("\"><v>");
    private static final byte[] NUMBER_END = Utf8Bytes.ascii("</v></c>");
    private static final byte[] TEXT = Utf8Bytes.ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = Utf8Bytes.ascii("</t></is></c>");
    private static final byte[] CLOSE = Utf8Bytes.ascii("\">");
    /** The letters of the first columns' references (A, B, … AA …); a table has far fewer. */
    private static final byte[][] LETTERS = new byte[256][];

    static {
        for (int c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = Utf8Bytes.ascii(letters(c));
        }
    }

    /**
     * A sheet's start up to its heading row, the same in every workbook of a site: deflated once,
     * it was half of what a page's small workbook deflated.
     */
    private static Zip.Prefix heading(List<Column> columns) {
        return Zip.Prefix.of(Utf8Bytes.of(x -> {
            x.markup(SHEET_START).markup(ROW).number(1).markup(CLOSE);
            for (int c = 0; c < columns.size(); c++) {
                text(x, c, 1, columns.get(c).title(), 1);
            }
            x.markup(ROW_END);
        }));
    }

    /** The rest of the sheet after its {@link #heading}, streamed rows at a time. */
    private static void rows(Table table, OutputStream out) throws IOException {
        Utf8Bytes x = new Utf8Bytes(out);
        List<Column> columns = table.columns();
        int r = 1;
        for (List<String> row : table.rows()) {
            r++;
            x.markup(ROW).number(r).markup(CLOSE);
            for (int c = 0; c < columns.size(); c++) {
                String value = row.get(c);
                if (value == null) {
                    continue;
                }
                if (columns.get(c).numeric() && fitsExcel(value)) {
                    cell(x, c, r).markup(STYLE).number(2 + scale(value)).markup(NUMBER).xml(value).markup(NUMBER_END);
                } else {
                    text(x, c, r, value, 0);
                }
            }
            x.markup(ROW_END);
            x.writeIfFull();
        }
        x.markup(SHEET_END);
        x.write();
    }

    private static void text(Utf8Bytes x, int column, int row, String value, int style) {
        cell(x, column, row);
        if (style != 0) {
            x.markup(STYLE).number(style);
        }
        x.markup(TEXT).xml(value).markup(TEXT_END);
    }

    /** {@code <c r="B7}: a cell's start and its reference, the attribute left open. */
    private static Utf8Bytes cell(Utf8Bytes x, int column, int row) {
        x.markup(CELL);
        x.markup(column < LETTERS.length ? LETTERS[column] : Utf8Bytes.ascii(letters(column)));
        return x.number(row);
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

    /** A column's letters in an A1-style reference: column 0 is A, 26 is AA. */
    private static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
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
