package org.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Text made as UTF-8 bytes (a sheet's XML, a CSV file) and handed to a stream in pieces of about
 * {@value #PIECE} bytes; a caller hands them over between rows. Markup and separators are copied
 * in as ASCII bytes and only the cells' text is encoded: a StringBuilder holds the whole text as
 * UTF-16 once one Chinese character is in it, and then encodes all of it, markup included, which
 * was most of the time a workbook took.
 */
final class Utf8Bytes {

    private static final int PIECE = 32 * 1024;

    private final OutputStream out;
    /** Grown as needed: most files are a few kilobytes, and a site writes tens of thousands. */
    private byte[] bytes = new byte[2048];
    private int length;
    /**
     * The text being encoded, copied out at once: read through {@code String.charAt}, each
     * character cost C1-compiled code a call with its checks (8% of a build with every data file).
     */
    private char[] chars = new char[256];

    Utf8Bytes(OutputStream out) {
        this.out = out;
    }

    /** The bytes {@code make} puts in, held rather than written: a part made once and copied into many files. */
    static byte[] of(Consumer<Utf8Bytes> make) {
        Utf8Bytes x = new Utf8Bytes(null);
        make.accept(x);
        return Arrays.copyOf(x.bytes, x.length);
    }

    /** Bytes of markup or separators, ASCII. */
    static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.US_ASCII);
    }

    Utf8Bytes markup(byte[] ascii) {
        room(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    /** A non-negative number in decimal. */
    Utf8Bytes number(int n) {
        room(10);
        int end = length + (n == 0 ? 1 : (int) Math.log10(n) + 1);
        for (int i = end - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length = end;
        return this;
    }

    /** Text as it is, encoded as {@link String#getBytes} with UTF-8 does (a lone surrogate becomes {@code ?}). */
    Utf8Bytes plain(String s) {
        return encode(s, false);
    }

    /** Text escaped for an XML element or attribute value ({@code & < > "}), encoded as {@link #plain} is. */
    Utf8Bytes xml(String s) {
        return encode(s, true);
    }

    private Utf8Bytes encode(String s, boolean xml) {
        int count = s.length();
        room(count * 6);
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        char[] text = chars;
        s.getChars(0, count, text, 0);
        byte[] b = bytes;
        int n = length;
        for (int i = 0; i < count; i++) {
            char c = text[i];
            if (c < 0x80 && !xml) {
                b[n++] = (byte) c;
            } else if (c < 0x80) {
                switch (c) {
                    case '&' -> n = put(b, n, AMP);
                    case '<' -> n = put(b, n, LT);
                    case '>' -> n = put(b, n, GT);
                    case '"' -> n = put(b, n, QUOT);
                    default -> b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(text[i + 1])) {
                    int cp = Character.toCodePoint(c, text[++i]);
                    b[n++] = (byte) (0xF0 | cp >> 18);
                    b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
        return this;
    }

    /** Hands what is made to the stream once it holds a piece's worth. */
    void writeIfFull() throws IOException {
        if (length >= PIECE) {
            write();
        }
    }

    /** Hands what is made to the stream. */
    void write() throws IOException {
        out.write(bytes, 0, length);
        length = 0;
    }

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] QUOT = ascii("&quot;");

    private static int put(byte[] b, int n, byte[] ascii) {
        System.arraycopy(ascii, 0, b, n, ascii.length);
        return n + ascii.length;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
