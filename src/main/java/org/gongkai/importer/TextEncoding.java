package org.gongkai.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The text of an exported text file, by its bytes: UTF-8 (with or without a BOM), UTF-16 with a
 * BOM (Word's "Unicode" export), else GB18030 — Word's plain-text export on Chinese Windows is
 * GBK, which GB18030 contains. Every decoding is strict: a byte sequence that is not valid in a
 * charset rules it out, so a file is never read with replacement characters.
 */
final class TextEncoding {

    /** The text, and the charset named when it was not UTF-8 (null for UTF-8), for the report. */
    record Decoded(String text, String charset) {
    }

    static final String GB18030 = "GB18030（GBK）";

    private TextEncoding() {
    }

    static Decoded decode(Path file, byte[] bytes) throws ImportException {
        Decoded decoded = guess(bytes);
        if (decoded == null) {
            throw new ImportException(file + "：文本文件不是 UTF-8 编码（请另存为 UTF-8，或直接导入 .docx）");
        }
        return decoded;
    }

    /** The bytes decoded by the first encoding above that reads them without error, or null. */
    static Decoded guess(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = strict(StandardCharsets.UTF_8, bytes, 3);
            if (text != null) {
                return new Decoded(text, null);
            }
        } else if (starts(bytes, 0xFF, 0xFE) || starts(bytes, 0xFE, 0xFF)) {
            String text = strict(bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, bytes, 2);
            if (text != null) {
                return new Decoded(text, "UTF-16");
            }
        } else {
            String text = strict(StandardCharsets.UTF_8, bytes, 0);
            if (text != null) {
                return new Decoded(text, null);
            }
            text = strict(Charset.forName("GB18030"), bytes, 0);
            if (text != null) {
                return new Decoded(text, GB18030);
            }
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes from {@code offset} in {@code charset}, or null when they are not valid in it. */
    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
