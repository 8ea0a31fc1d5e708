package org.gongkai.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile .docx and .xlsx files, made in a test's temporary folder: small on disk, large inside. */
final class HostileFiles {

    static final Path SEED_DOCX = Path.of("src/test/resources/import/seed.docx");
    static final Path SEED_XLSX = Path.of("src/test/resources/import/seed-projects.xlsx");

    private HostileFiles() {
    }

    /** A copy of {@code source} with one part's text changed. */
    static Path withPart(Path source, String part, Function<String, String> change, Path target) {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCTYPE with an external entity, put after the XML declaration of {@code part}. */
    static Path withDoctype(Path source, String part, Path target) {
        return withPart(source, part, xml -> {
            int prolog = xml.indexOf("?>") + 2;
            return xml.substring(0, prolog) + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                    + xml.substring(prolog);
        }, target);
    }

    /** The seed document with {@code parts} extra parts of {@code mib} MiB of zeros each. */
    static Path zipBomb(int parts, int mib, Path target) {
        return withExtraParts(target, parts, (out, i) -> {
            byte[] zeros = new byte[1 << 20];
            for (int m = 0; m < mib; m++) {
                out.write(zeros);
            }
        });
    }

    /**
     * The seed document with extra parts that pack about 70:1, under POI's own ratio bound
     * (100:1), but together unpack to {@code mib} MiB: spaces with a letter every 200 bytes or so.
     */
    static Path lowRatioBomb(int parts, int mib, Path target) {
        Random random = new Random(12);
        return withExtraParts(target, parts, (out, i) -> {
            byte[] block = new byte[1 << 20];
            for (int m = 0; m < mib / parts; m++) {
                java.util.Arrays.fill(block, (byte) ' ');
                for (int b = random.nextInt(400); b < block.length; b += 1 + random.nextInt(400)) {
                    block[b] = (byte) ('a' + random.nextInt(26));
                }
                out.write(block);
            }
        });
    }

    /** The seed document with {@code parts} extra tiny parts. */
    static Path manyParts(int parts, Path target) {
        return withExtraParts(target, parts, (out, i) -> out.write(("<x>" + i + "</x>").getBytes(StandardCharsets.US_ASCII)));
    }

    interface PartWriter {
        void write(OutputStream out, int index) throws IOException;
    }

    private static Path withExtraParts(Path target, int parts, PartWriter writer) {
        try (ZipFile in = new ZipFile(SEED_DOCX.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
            for (int i = 0; i < parts; i++) {
                out.putNextEntry(new ZipEntry("word/extra" + i + ".xml"));
                writer.write(out, i);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal workbook of one sheet with {@code rows} rows of one short text cell each. */
    static Path bigWorkbook(int rows, Path target) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            part(out, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            part(out, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part(out, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(out, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder row = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                        .append("\" t=\"inlineStr\"><is><t>备注").append(r).append("</t></is></c></row>");
                out.write(row.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
