package org.gongkai.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Csv} made as bytes ({@link Utf8Bytes}) against the writer it replaced, a StringBuilder
 * encoded by {@link String#getBytes}: the same bytes for random tables, quotes, commas, line
 * breaks, blanks, surrogates and files longer than a piece included.
 */
class CsvTest {

    @Test
    void theSameBytesAsTheStringBuilderWriter() throws IOException {
        Random random = new Random(4180);
        String[] values = {"51.00", "预算执行率", "a,b", "say \"hi\"", "第一行\n第二行", "\r\n", "", "≥95%", "😀", "\uD800",
            "=100%", " 前后空格 "};
        for (int round = 0; round < 300; round++) {
            List<Column> columns = new ArrayList<>();
            for (int c = 1 + random.nextInt(12); c > 0; c--) {
                columns.add(Column.text("k" + c, values[random.nextInt(values.length)] + c, ""));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = random.nextInt(round % 50 == 0 ? 3000 : 20); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    row.add(random.nextInt(4) == 0 ? null : values[random.nextInt(values.length)]);
                }
                rows.add(row);
            }
            Table table = new Table("t", "表", "", columns, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Csv.write(table, out);
            assertArrayEquals(reference(table), out.toByteArray(), "round " + round);
        }
    }

    /** The writer before: the whole text in a StringBuilder, encoded at the end. */
    private static byte[] reference(Table table) {
        StringBuilder text = new StringBuilder("\uFEFF");
        line(text, table.columns().stream().map(Column::title).toList());
        for (List<String> row : table.rows()) {
            line(text, row);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = cells.get(i);
            if (value == null) {
                continue;
            }
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            out.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        out.append("\r\n");
    }
}
