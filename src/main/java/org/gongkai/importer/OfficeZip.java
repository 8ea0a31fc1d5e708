package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Looks inside a .docx or .xlsx before POI opens it: what kind of Office file it really is, and
 * whether it is safe to open. Every part is inflated once, counting the bytes that come out
 * rather than trusting the sizes the zip declares, and refused past the bounds below; an XML
 * part with a DTD ({@code <!DOCTYPE}, the carrier of entity expansion and external entities) is
 * refused too, since Office never writes one. Why here: POI would otherwise fill memory with a
 * zip bomb (4 GB for a multi-part one) and log a parser's stack trace for a DOCTYPE.
 */
final class OfficeZip {

    /** The package, opened read-only from the file (after {@link #inspect}), for POI to read. */
    static OPCPackage open(Path file) throws IOException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A document has a few dozen parts, a workbook one per sheet and a few more. */
    static final int MAX_ENTRIES = 5_000;
    /** Unpacked bytes of the XML parts, which are parsed and held in memory. */
    static final long MAX_XML_BYTES = 32L << 20;
    /** Unpacked bytes of all parts, pictures included, which are only unpacked here. */
    static final long MAX_TOTAL_BYTES = 512L << 20;
    /** Unpacked ÷ packed size of one part; XML packs about 10:1, a bomb of zeros 1000:1. */
    static final int MAX_RATIO = 100;
    /** Parts smaller than this may pack better than {@link #MAX_RATIO} without harm. */
    private static final long RATIO_GRACE = 1L << 20;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What the package holds, by its parts. */
    enum Kind {
        WORD("Word .docx"), EXCEL("Excel .xlsx"), OTHER(null);

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private OfficeZip() {
    }

    /**
     * The kind of Office package {@code file} is; throws with a message naming {@code file}
     * when it is not a zip, is too large unpacked, or has a DOCTYPE. {@code expected} only words
     * the message for a file that is not a zip at all.
     */
    static Kind inspect(Path file, Kind expected) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(file, "压缩包中有 " + zip.size() + " 个部件，超过上限 " + MAX_ENTRIES + " 个");
            }
            Kind kind = Kind.OTHER;
            long total = 0;
            long xml = 0;
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    kind = Kind.WORD;
                } else if (name.equals("xl/workbook.xml") && kind == Kind.OTHER) {
                    kind = Kind.EXCEL;
                }
                boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
                long size = inflate(file, zip, entry, isXml, buffer,
                        Math.min(MAX_TOTAL_BYTES - total, isXml ? MAX_XML_BYTES - xml : Long.MAX_VALUE));
                total += size;
                xml += isXml ? size : 0;
            }
            return kind;
        } catch (ZipException e) {
            throw new ImportException(file + "：无法读取（不是有效的 " + expected.label + " 文件）");
        } catch (IOException e) {
            throw new ImportException(file + "：无法读取（" + e.getMessage() + "）");
        }
    }

    /** Inflates one part, at most {@code allowance} bytes; returns how many came out. */
    private static long inflate(Path file, ZipFile zip, ZipEntry entry, boolean xml, byte[] buffer, long allowance)
            throws IOException, ImportException {
        long packed = Math.max(1, entry.getCompressedSize());
        long size = 0;
        int matched = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > allowance) {
                    throw refused(file, "解压后超过上限（XML 部件共 " + (MAX_XML_BYTES >> 20) + " MB，全部部件共 "
                            + (MAX_TOTAL_BYTES >> 20) + " MB）");
                }
                if (size > RATIO_GRACE && size / packed > MAX_RATIO) {
                    throw refused(file, "部件 " + entry.getName() + " 的压缩比超过 " + MAX_RATIO + " 倍");
                }
                for (int i = 0; xml && i < n; i++) {
                    // "<!DOCTYPE" found across buffer boundaries too: matched carries over.
                    matched = buffer[i] == DOCTYPE[matched] ? matched + 1 : buffer[i] == DOCTYPE[0] ? 1 : 0;
                    if (matched == DOCTYPE.length) {
                        throw new ImportException(file + "：无法读取（部件 " + entry.getName()
                                + " 含有 DTD 声明 <!DOCTYPE>；Word 和 Excel 不会写出它，可能是恶意构造的文件，已拒绝读取）");
                    }
                }
            }
        }
        return size;
    }

    private static ImportException refused(Path file, String why) {
        return new ImportException(file + "：无法读取（" + why + "，可能是恶意构造的“压缩炸弹”，已拒绝读取）");
    }
}
