package org.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A table as CSV (RFC 4180): UTF-8 with a byte-order mark, so that Excel on Chinese Windows reads it
 * as UTF-8 and not as GBK; CRLF line ends; the Chinese headings as the first row; a field quoted when
 * it holds a comma, a quote or a line break, its quotes doubled. A blank cell is an empty field.
 */
public final class Csv {

    private Csv() {
    }

    /** Streams the table into {@code stream}, lines at a time ({@link Utf8Pieces}). */
    public static void write(Table table, OutputStream stream) throws IOException {
        StringBuilder text = new StringBuilder(Utf8Pieces.CHARS + 1024);
        text.append('\uFEFF');
        line(text, table.columns().stream().map(Column::title).toList());
        for (List<String> row : table.rows()) {
            Utf8Pieces.writeIfFull(text, stream);
            line(text, row);
        }
        Utf8Pieces.write(text, stream);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, cells.get(i));
        }
        out.append("\r\n");
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
