package org.gongkai.search;

import java.util.Arrays;

/**
 * The bytes of one index file (a script that hands its data to {@code gongkaiSearch}), written
 * straight as UTF-8: JSON strings and numbers, and lists of document numbers in the compact
 * form that search.js decodes.
 *
 * <p>A list of numbers is a string in the 64 characters {@link #DIGITS}, one of two forms:
 * <ul>
 * <li>gaps: for each number, its distance from the one before less one (the first: itself),
 * as base-32 digits, most significant first, every digit but the last taken from the upper half
 * of the alphabet (so 0–31 is one character, up to 1023 two);</li>
 * <li>a bitmap, for dense lists: {@code !}, the first number as above, then six numbers a
 * character from there on (bit 0 of a digit's value is the lowest number).</li>
 * </ul>
 * The shorter one is written. A token's title hits, a part of its documents, may also be
 * written as flags over those: {@code *}, then six documents of the full list a character.
 */
final class Script {

    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private byte[] bytes;
    private int size;

    Script(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Empties the buffer, to write another file in it. */
    Script reset() {
        size = 0;
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    int size() {
        return size;
    }

    Script ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    Script bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    Script ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    Script number(int n) {
        if (n < 0) {
            return ascii(Integer.toString(n));
        }
        int digits = 1;
        for (int x = n; x >= 10; x /= 10) {
            digits++;
        }
        ensure(digits);
        for (int k = size + digits - 1; k >= size; k--) {
            bytes[k] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
        return this;
    }

    /** {@code s} as a JSON string literal (also a JavaScript one: U+2028 and U+2029 escaped). */
    Script string(String s) {
        ensure(s.length() * 3 + 2);
        bytes[size++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                bytes[size++] = '\\';
                bytes[size++] = (byte) c;
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                escape(c);
            } else if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                bytes[size++] = (byte) (0xf0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                escape(c);
            } else {
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            }
        }
        bytes[size++] = '"';
        return this;
    }

    private void escape(char c) {
        ensure(6);
        String hex = Integer.toHexString(c);
        bytes[size++] = '\\';
        bytes[size++] = 'u';
        for (int k = hex.length(); k < 4; k++) {
            bytes[size++] = '0';
        }
        for (int k = 0; k < hex.length(); k++) {
            bytes[size++] = (byte) hex.charAt(k);
        }
    }

    /** {@code ids[0..count)}, ascending, as a JSON string in the shorter of the two forms. */
    Script ids(int[] ids, int count) {
        ensure(2);
        bytes[size++] = '"';
        if (count > 0) {
            int gaps = gapsLength(ids, count);
            int bitmap = 1 + digits(ids[0]) + (ids[count - 1] - ids[0]) / 6 + 1;
            ensure(Math.min(gaps, bitmap) + 1);
            if (bitmap < gaps) {
                bytes[size++] = '!';
                digits(ids[0], digits(ids[0]));
                int base = ids[0];
                int at = size;
                int chars = (ids[count - 1] - base) / 6 + 1;
                for (int k = 0; k < chars; k++) {
                    bytes[at + k] = 0;
                }
                for (int k = 0; k < count; k++) {
                    int bit = ids[k] - base;
                    bytes[at + bit / 6] |= (byte) (1 << (bit % 6));
                }
                for (int k = 0; k < chars; k++) {
                    bytes[at + k] = (byte) DIGITS.charAt(bytes[at + k]);
                }
                size += chars;
            } else {
                int prev = -1;
                for (int k = 0; k < count; k++) {
                    int gap = ids[k] - prev - 1;
                    digits(gap, digits(gap));
                    prev = ids[k];
                }
            }
        }
        ensure(1);
        bytes[size++] = '"';
        return this;
    }

    /**
     * {@code part}, a subset of the ascending {@code all}, as a JSON string: in one of the forms
     * of {@link #ids}, or as flags over {@code all}, whichever is shorter.
     */
    Script subset(int[] part, int[] all) {
        int flags = 1 + (all.length + 5) / 6;
        if (part.length == 0 || idsLength(part, part.length) <= flags) {
            return ids(part, part.length);
        }
        ensure(flags + 2);
        bytes[size++] = '"';
        bytes[size++] = '*';
        int at = size;
        int chars = flags - 1;
        for (int k = 0; k < chars; k++) {
            bytes[at + k] = 0;
        }
        for (int i = 0, j = 0; i < part.length; i++) {
            while (all[j] != part[i]) {
                j++;
            }
            bytes[at + j / 6] |= (byte) (1 << (j % 6));
        }
        for (int k = 0; k < chars; k++) {
            bytes[at + k] = (byte) DIGITS.charAt(bytes[at + k]);
        }
        size += chars;
        bytes[size++] = '"';
        return this;
    }

    /** The length of {@code ids} in the gaps form. */
    static int gapsLength(int[] ids, int count) {
        int n = 0;
        int prev = -1;
        for (int k = 0; k < count; k++) {
            n += digits(ids[k] - prev - 1);
            prev = ids[k];
        }
        return n;
    }

    /** The length of the encoded list, in either form: what {@link #ids} writes less the quotes. */
    static int idsLength(int[] ids, int count) {
        if (count == 0) {
            return 0;
        }
        return Math.min(gapsLength(ids, count), 1 + digits(ids[0]) + (ids[count - 1] - ids[0]) / 6 + 1);
    }

    static int digits(int n) {
        int d = 1;
        while (n >= 32) {
            n >>>= 5;
            d++;
        }
        return d;
    }

    private void digits(int n, int count) {
        for (int k = count - 1; k >= 0; k--) {
            int group = n >>> (5 * k) & 31;
            bytes[size++] = (byte) DIGITS.charAt(k == 0 ? group : 32 + group);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
