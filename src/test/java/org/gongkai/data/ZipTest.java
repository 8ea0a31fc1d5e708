package org.gongkai.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written {@link Zip} and {@link Utf8Bytes} against the JDK: archives of random entries
 * (deflated beforehand, as they are written, or from a prefix deflated beforehand) read back by
 * {@link ZipInputStream} (as a stream) and {@link ZipFile} (by its central directory) give exactly
 * what {@link ZipOutputStream} archives of the same entries give; random text is encoded
 * exactly as {@link String#getBytes} encodes it after escaping; and a workbook's sheets are the same
 * XML the StringBuilder writer they replaced made.
 */
class ZipTest {

    @TempDir
    Path dir;

    @Test
    void archivesReadBackAsTheJdksDo() throws IOException {
        Random random = new Random(16);
        for (int round = 0; round < 80; round++) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                entries.put("part" + i + (random.nextBoolean() ? ".xml" : "/x.rels"), content(random));
            }
            List<Boolean> made = new ArrayList<>();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            try (Zip zip = new Zip(ours)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    boolean ready = random.nextBoolean();
                    made.add(ready);
                    if (ready) {
                        zip.put(Zip.Made.of(e.getKey(), e.getValue()));
                    } else if (random.nextBoolean()) {
                        try (OutputStream out = zip.entry(e.getKey(), null)) {
                            writeInRandomPieces(e.getValue(), out, random);
                        }
                    } else { // its first bytes deflated beforehand, as a sheet's heading row
                        byte[] all = e.getValue();
                        int cut = random.nextInt(all.length + 1);
                        Zip.Prefix prefix = Zip.Prefix.of(java.util.Arrays.copyOf(all, cut));
                        try (OutputStream out = zip.entry(e.getKey(), prefix)) {
                            writeInRandomPieces(java.util.Arrays.copyOfRange(all, cut, all.length), out, random);
                        }
                    }
                }
            }
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(jdk)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            String what = "round " + round + ", ready-made " + made;
            assertEquals(streamed(jdk.toByteArray()), streamed(ours.toByteArray()), what);
            assertEqualEntries(entries, streamed(ours.toByteArray()), what);
            Path file = dir.resolve("round" + round + ".zip");
            Files.write(file, ours.toByteArray());
            Path jdkFile = dir.resolve("jdk" + round + ".zip");
            Files.write(jdkFile, jdk.toByteArray());
            assertEquals(central(jdkFile), central(file), what);
        }
    }

    @Test
    void onlyOneEntryIsOpenAtATime() throws IOException {
        try (Zip zip = new Zip(new ByteArrayOutputStream())) {
            OutputStream first = zip.entry("a.xml", null);
            assertThrows(IllegalStateException.class, () -> zip.entry("b.xml", null));
            first.close();
        }
    }

    @Test
    void textIsEscapedAndEncodedAsTheJdkDoes() throws IOException {
        Random random = new Random(13);
        char[] alphabet = "ab1 &<>\"'\n\t预算万元。（）".toCharArray();
        for (int round = 0; round < 5000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(switch (random.nextInt(6)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780)); // two bytes
                    case 2 -> (char) (0xD800 + random.nextInt(0x800)); // a surrogate, often alone
                    case 3 -> new String(Character.toChars(0x10000 + random.nextInt(0xFFFFF)));
                    default -> alphabet[random.nextInt(alphabet.length)];
                });
            }
            String text = s.toString();
            String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Utf8Bytes x = new Utf8Bytes(out);
            x.markup(Utf8Bytes.ascii("<t>")).xml(text).markup(Utf8Bytes.ascii("</t>")).number(random.nextInt(1_000_000));
            x.write();
            String expected = "<t>" + escaped + "</t>";
            byte[] got = out.toByteArray();
            byte[] want = expected.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(want, java.util.Arrays.copyOf(got, want.length), text);
            String number = new String(got, want.length, got.length - want.length, StandardCharsets.US_ASCII);
            assertEquals(Integer.toString(Integer.parseInt(number)), number);
        }
    }

    @Test
    void sheetsAreTheXmlOfTheStringBuilderWriter() throws IOException {
        Random random = new Random(7);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            columns.add(random.nextBoolean() ? Column.number("n" + c, "金额" + c, "") : Column.text("t" + c, "文字&" + c, ""));
        }
        List<List<String>> rows = new ArrayList<>();
        String[] values = {"51.00", "0.10", "-3", "123456789012345.6", "=100%", "≥95%", "a<b & \"c\"", "", "预算执行率",
            "12.1234567", "1e5"};
        for (int r = 0; r < 3000; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add(random.nextInt(5) == 0 ? null : values[random.nextInt(values.length)]);
            }
            rows.add(row);
        }
        Table table = new Table("t", "表", "", columns, rows);
        Map<String, byte[]> parts = streamed(Xlsx.of(List.of(table, table)));
        byte[] expected = ReferenceSheet.of(table).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, parts.get("xl/worksheets/sheet1.xml"));
        assertArrayEquals(expected, parts.get("xl/worksheets/sheet2.xml"));
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"), List.copyOf(parts.keySet()));
    }

    /** The sheet writer as it was before {@link Utf8Bytes}: a StringBuilder encoded by String.getBytes. */
    private static final class ReferenceSheet {
        static String of(Table table) {
            StringBuilder s = new StringBuilder("""
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
                    if (columns.get(c).numeric() && Xlsx.fitsExcel(value)) {
                        int point = value.indexOf('.');
                        int scale = point < 0 ? 0 : value.length() - point - 1;
                        s.append("<c r=\"").append(reference(c, r)).append("\" s=\"").append(2 + scale)
                                .append("\"><v>").append(value).append("</v></c>");
                    } else {
                        text(s, c, r, value, 0);
                    }
                }
                s.append("</row>");
            }
            return s.append("</sheetData></worksheet>").toString();
        }

        /** A1-style reference: column 0 is A, 26 is AA. */
        private static String reference(int column, int row) {
            StringBuilder letters = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.append(row).toString();
        }

        private static void text(StringBuilder s, int column, int row, String value, int style) {
            s.append("<c r=\"").append(reference(column, row)).append('"');
            if (style != 0) {
                s.append(" s=\"").append(style).append('"');
            }
            String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escaped).append("</t></is></c>");
        }
    }

    /** Random bytes: empty, small, or larger than the writer's buffers; compressible or not. */
    private static byte[] content(Random random) {
        int size = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(100);
            case 2 -> random.nextInt(20_000);
            default -> 100_000 + random.nextInt(200_000);
        };
        byte[] b = new byte[size];
        if (random.nextBoolean()) {
            random.nextBytes(b);
        } else {
            byte[] words = "<c r=\"A1\" t=\"inlineStr\"><is><t>预算</t></is></c>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < size; i++) {
                b[i] = words[(i + random.nextInt(2)) % words.length];
            }
        }
        return b;
    }

    private static void writeInRandomPieces(byte[] b, OutputStream out, Random random) throws IOException {
        int i = 0;
        while (i < b.length) {
            int n = Math.min(b.length - i, 1 + random.nextInt(30_000));
            if (n == 1) {
                out.write(b[i]);
            } else {
                out.write(b, i, n);
            }
            i += n;
        }
    }

    /** The entries as a stream reader sees them: name → content, in order. */
    private static Map<String, byte[]> streamed(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        return new ComparableMap(entries);
    }

    /** The entries as the central directory gives them: name, sizes, CRC, and content. */
    private static List<String> central(Path file) throws IOException {
        List<String> listed = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] content = zip.getInputStream(entry).readAllBytes();
                listed.add(entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + " " + entry.getMethod()
                        + " " + entry.getTimeLocal() + " " + java.util.Arrays.hashCode(content) + " " + content.length);
            }
        }
        return listed;
    }

    private static void assertEqualEntries(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), what);
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), what + ": " + name);
        }
    }

    /** A map of byte arrays that equals another with the same names and contents. */
    private static final class ComparableMap extends LinkedHashMap<String, byte[]> {
        ComparableMap(Map<String, byte[]> m) {
            super(m);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map<?, ?> other) || !List.copyOf(keySet()).equals(List.copyOf(other.keySet()))) {
                return false;
            }
            return keySet().stream().allMatch(k -> other.get(k) instanceof byte[] b && java.util.Arrays.equals(get(k), b));
        }

        @Override
        public int hashCode() {
            return keySet().hashCode();
        }

        @Override
        public String toString() {
            return keySet() + " " + values().stream().map(b -> b.length).toList();
        }
    }
}
