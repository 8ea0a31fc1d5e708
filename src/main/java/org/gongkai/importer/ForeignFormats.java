package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Files import cannot read, told by their first bytes rather than their extension: a PDF, an
 * old binary Office or WPS file (OLE2 compound file), an RTF, a zip that is not the Office file
 * its name says. Each is refused with a message saying what the file is and what to do, instead
 * of being read as text and called "not UTF-8".
 */
final class ForeignFormats {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private ForeignFormats() {
    }

    /**
     * Throws with the message for {@code file} when its content is a format import does not read,
     * or an Office package under another extension; returns when it may be read by its extension.
     */
    static void refuse(Path file) throws ImportException, IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        byte[] head = head(file);
        if (starts(head, PDF)) {
            throw refused(file, "这是 PDF 文件，无法直接导入：请把原文档导出或另存为 Word（.docx）或文本（.txt），"
                    + "或把其中的表格复制到 Word/Excel 中保存为 .docx/.xlsx，再导入");
        }
        if (starts(head, OLE2)) {
            throw refused(file, oldFormat(ext));
        }
        if (starts(head, RTF)) {
            throw refused(file, "这是 RTF 格式的文件，无法直接导入：请在 Word 或 WPS 中打开，另存为 .docx，再导入");
        }
        boolean office = ext.equals("docx") || ext.equals("xlsx");
        if (!office && (starts(head, ZIP) || starts(head, EMPTY_ZIP))) {
            OfficeZip.Kind kind = OfficeZip.inspect(file, OfficeZip.Kind.WORD);
            throw refused(file, kind == OfficeZip.Kind.OTHER
                    ? "这是 zip 压缩包，不是 Word 或 Excel 文件：请解压后导入其中的 .docx 或 .xlsx 文件"
                    : "这是 " + kind.label + " 文件，" + (ext.isEmpty() ? "文件名却没有扩展名" : "扩展名却是 ." + ext)
                    + "；请改正扩展名后再导入");
        }
        if (ext.equals("doc") || ext.equals("xls") || ext.equals("wps") || ext.equals("et")) {
            throw refused(file, oldFormat(ext));
        }
    }

    /** An old binary Office or WPS file; the extension only chooses the program named. */
    private static String oldFormat(String ext) {
        return switch (ext) {
            case "xls", "et" -> "这是旧版 Excel/WPS 表格格式（.xls/.et）的文件，无法直接导入："
                    + "请在 Excel 或 WPS 中打开，另存为 .xlsx，再导入";
            case "doc" -> "这是旧版 Word 格式（.doc）的文件，无法直接导入：请在 Word 或 WPS 中打开，另存为 .docx，再导入";
            case "wps" -> "这是 WPS 文字格式（.wps）的文件，无法直接导入：请在 WPS 或 Word 中打开，另存为 .docx，再导入";
            default -> "这是旧版 Word/Excel/WPS 格式（.doc/.xls/.wps）的文件，无法直接导入："
                    + "请在 Word 或 WPS 中打开，另存为 .docx（表格另存为 .xlsx），再导入";
        };
    }

    private static ImportException refused(Path file, String why) {
        return new ImportException(file + "：无法读取（" + why + "）");
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        }
    }

    private static boolean starts(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
