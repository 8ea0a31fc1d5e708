package org.gongkai.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written from the RFC and not from the writer: a UTF-8
 * byte-order mark first, records ending in CRLF, fields quoted or not, "" inside quotes for a quote;
 * anything else (a bare CR or LF outside quotes, a quote inside an unquoted field) fails the test.
 */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a UTF-8 byte-order mark");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else if (c == '"') {
                    quoted = false;
                    i++;
                } else {
                    field.append(c);
                    i++;
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote inside an unquoted field at " + i);
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "CR without LF at " + i);
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                wasQuoted = false;
                i += 2;
            } else {
                assertTrue(c != '\n', "LF without CR at " + i);
                assertTrue(!wasQuoted, "text after a closing quote at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0 && !quoted, "the last record ends in CRLF");
        return records;
    }
}
