package org.gongkai.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Bytes of the cache as they are written: unsigned variable-length integers, and texts each
 * written once and named by number after that (the model repeats its file names, column headings
 * and units thousands of times). They go through a small buffer to {@code sink}, their checksum
 * taken on the way: the cache of 50,000 projects is tens of megabytes, never held whole.
 */
final class CacheOut {

    private final OutputStream sink;
    private final byte[] buffer;
    private int size;
    private long flushed;
    private final CRC32C crc = new CRC32C();
    private final Map<String, Integer> texts = new HashMap<>();

    CacheOut(OutputStream sink) {
        this(sink, 1 << 16);
    }

    CacheOut(OutputStream sink, int buffer) {
        this.sink = sink;
        this.buffer = new byte[buffer];
    }

    void write(int b) {
        if (size == buffer.length) {
            flush();
        }
        buffer[size++] = (byte) b;
    }

    void writeBytes(byte[] b) {
        writeBytes(b, 0, b.length);
    }

    void writeBytes(byte[] b, int offset, int length) {
        while (length > 0) {
            if (size == buffer.length) {
                flush();
            }
            int n = Math.min(length, buffer.length - size);
            System.arraycopy(b, offset, buffer, size, n);
            size += n;
            offset += n;
            length -= n;
        }
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

    /** How many bytes were written so far. */
    long written() {
        return flushed + size;
    }

    /** Sends what the buffer holds to the sink. */
    void flush() {
        crc.update(buffer, 0, size);
        try {
            sink.write(buffer, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushed += size;
        size = 0;
    }

    /** The CRC-32C of every byte written, once {@link #flush flushed}. */
    int checksum() {
        return (int) crc.getValue();
    }
}
