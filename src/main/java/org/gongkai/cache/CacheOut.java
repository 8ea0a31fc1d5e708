package org.gongkai.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes of the cache as they are written: unsigned variable-length integers, and texts each
 * written once and named by number after that (the model repeats its file names, column headings
 * and units thousands of times).
 */
final class CacheOut {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private final Map<String, Integer> texts = new HashMap<>();

    void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    void writeBytes(byte[] b) {
        writeBytes(b, 0, b.length);
    }

    void writeBytes(byte[] b, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    /** An unsigned number, seven bits a byte. */
    void number(long value) {
        while ((value & ~0x7FL) != 0) {
            write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        write((int) value);
    }

    /** A signed number, zig-zag: small negative numbers stay short. */
    void signed(long value) {
        number((value << 1) ^ (value >> 63));
    }

    void fixedLong(long value) {
        for (int i = 0; i < 8; i++) {
            write((int) (value >>> (8 * i)));
        }
    }

    /**
     * A text, or null: 0 for null, the number of a text written before plus one, or the next
     * number followed by the new text's UTF-8 bytes.
     */
    void text(String s) {
        if (s == null) {
            write(0);
            return;
        }
        Integer known = texts.get(s);
        if (known != null) {
            number(known + 1L);
            return;
        }
        int id = texts.size();
        texts.put(s, id);
        number(id + 1L);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        writeBytes(utf8);
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }
}
