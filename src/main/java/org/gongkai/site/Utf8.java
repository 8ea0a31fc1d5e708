package org.gongkai.site;

import java.nio.charset.StandardCharsets;

/**
 * Characters encoded as UTF-8 into an array, as {@code String.getBytes(UTF_8)} encodes them (a
 * lone surrogate becomes {@code ?}), from an array: read through {@code String.charAt}, each
 * character cost the launchers' C1-compiled code a call with its checks, and getBytes allocates
 * an array three times the text's length before it copies the bytes out. For the pages and the
 * data files; {@code PageBufferTest} and {@code ZipTest} hold them to the JDK's encoding.
 */
public final class Utf8 {

    /** The most bytes a character takes: 3 for UTF-8 (a pair, 4 for 2), 6 as {@code &quot;}. */
    public static final int MAX_BYTES = 3;
    public static final int MAX_XML_BYTES = 6;

    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);

    private Utf8() {
    }

    /**
     * Encodes {@code text[0, count)} into {@code b} from {@code at}, which has room for
     * {@link #MAX_BYTES} (with {@code xml}, {@link #MAX_XML_BYTES}) a character; returns where the
     * bytes end. With {@code xml}, {@code & < > "} are escaped for an element or attribute value.
     */
    public static int encode(char[] text, int count, byte[] b, int at, boolean xml) {
        return encode(text, 0, count, b, at, xml);
    }

    /** As {@link #encode(char[], int, byte[], int, boolean)}, for {@code text[from, to)}. */
    public static int encode(char[] text, int from, int to, byte[] b, int at, boolean xml) {
        int n = at;
        for (int i = from; i < to; i++) {
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
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                    n = pair(b, n, c, text[++i]);
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return n;
    }

    /** Puts the four bytes of the character a surrogate pair makes at {@code b[n]}; returns where they end. */
    public static int pair(byte[] b, int n, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[n] = (byte) (0xF0 | cp >> 18);
        b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n + 3] = (byte) (0x80 | cp & 0x3F);
        return n + 4;
    }

    private static int put(byte[] b, int n, byte[] ascii) {
        System.arraycopy(ascii, 0, b, n, ascii.length);
        return n + ascii.length;
    }
}
