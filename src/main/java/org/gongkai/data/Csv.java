package org.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A table as CSV (RFC 4180): UTF-8 with a byte-order mark, so that Excel on Chinese Windows reads it
 * as UTF-8 and not as GBK; CRLF line ends; the Chinese headings as the first row; a field quoted when
 * it holds a comma, a quote or a line break, its quotes doubled. A blank cell is an empty field.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] COMMA = Utf8Bytes.ascii(",");
    private static final byte[] QUOTE = Utf8Bytes.ascii("\"");
    private static final byte[] CRLF = Utf8Bytes.ascii("\r\n");
    /** The byte-order mark and the heading line, by the table's columns: the same in every file of a table. */
    private static final Map<List<Column>, byte[]> HEADINGS = new ConcurrentHashMap<>();

    private Csv() {
    }

    /** Streams the table into {@code stream}, lines at a time ({@link Utf8Bytes}). */
    public static void write(Table table, OutputStream stream) throws IOException {
        Utf8Bytes out = new Utf8Bytes(stream);
        out.markup(HEADINGS.computeIfAbsent(table.columns(), Csv::heading));
        for (List<String> row : table.rows()) {
            line(out, row);
            out.writeIfFull();
        }
        out.write();
    }

    private static byte[] heading(List<Column> columns) {
        return Utf8Bytes.of(out -> line(out.markup(BOM), columns.stream().map(Column::title).toList()));
    }

    private static void line(Utf8Bytes out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.markup(COMMA);
            }
            field(out, cells.get(i));
        }
        out.markup(CRLF);
    }

    private static void field(Utf8Bytes out, String value) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.plain(value);
            return;
        }
        out.markup(QUOTE).plain(value.replace("\"", "\"\"")).markup(QUOTE);
    }
}
