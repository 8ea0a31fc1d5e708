package org.gongkai.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link CacheOut} wrote. A read past the end, or a text never defined, is {@link Corrupt}. */
final class CacheIn {

    /** The cache file is not what this version writes: it is ignored, and the build starts from nothing. */
    static final class Corrupt extends Exception {
        Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] bytes;
    private int position;
    private final int end;
    private final List<String> texts = new ArrayList<>();

    CacheIn(byte[] bytes, int offset, int end) {
        this.bytes = bytes;
        this.position = offset;
        this.end = end;
    }

    int read() throws Corrupt {
        if (position >= end) {
            throw new Corrupt("cache ends early");
        }
        return bytes[position++] & 0xFF;
    }

    byte[] readBytes(int length) throws Corrupt {
        if (length < 0 || length > end - position) {
            throw new Corrupt("cache ends early");
        }
        byte[] b = java.util.Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return b;
    }

    long number() throws Corrupt {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new Corrupt("number too long");
    }

    /** A number that counts or indexes something: 0 to {@code Integer.MAX_VALUE}. */
    int count() throws Corrupt {
        long n = number();
        if (n > Integer.MAX_VALUE) {
            throw new Corrupt("count out of range");
        }
        return (int) n;
    }

    /** A count of items still to read, each at least a byte: no more than the bytes left. */
    int items(int n) throws Corrupt {
        if (n > end - position) {
            throw new Corrupt("count past the end");
        }
        return n;
    }

    long signed() throws Corrupt {
        long n = number();
        return (n >>> 1) ^ -(n & 1);
    }

    long fixedLong() throws Corrupt {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (long) read() << (8 * i);
        }
        return value;
    }

    String text() throws Corrupt {
        long n = number();
        if (n == 0) {
            return null;
        }
        if (n <= texts.size()) {
            return texts.get((int) (n - 1));
        }
        if (n != texts.size() + 1L) {
            throw new Corrupt("text out of order");
        }
        int length = count();
        if (length > end - position) {
            throw new Corrupt("cache ends early");
        }
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        texts.add(s);
        return s;
    }

    /** Passes over {@code length} bytes; returns where they start. */
    int skip(int length) throws Corrupt {
        if (length < 0 || length > end - position) {
            throw new Corrupt("cache ends early");
        }
        int start = position;
        position += length;
        return start;
    }

    /** The bytes read from (for a part of them read apart, {@link #skip}). */
    byte[] bytes() {
        return bytes;
    }

    boolean atEnd() {
        return position == end;
    }
}
