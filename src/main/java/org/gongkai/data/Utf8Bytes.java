package org.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.gongkai.site.Utf8;

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
        room(count * Utf8.MAX_XML_BYTES);
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        s.getChars(0, count, chars, 0);
        length = Utf8.encode(chars, count, bytes, length, xml);
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

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
