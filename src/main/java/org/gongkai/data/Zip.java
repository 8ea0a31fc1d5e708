package org.gongkai.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip archive (PKWARE's APPNOTE) written in one pass, with what a workbook needs and no more:
 * deflated entries, entries deflated beforehand, ASCII names, one fixed entry time, no Zip64.
 *
 * <p>Written here rather than by {@link java.util.zip.ZipOutputStream}, which sets up a new Deflater
 * for every archive (a quarter of a megabyte of native memory, allocated and freed for each of a
 * site's thousands of small workbooks) and deflates a workbook's fixed parts again every time. This
 * one deflates with one Deflater per thread, reset between entries, and takes the fixed parts
 * deflated once ({@link Made}). {@code ZipTest} reads archives of both writers back and compares them.
 */
final class Zip implements Closeable {

    /** 2000-01-01 00:00 in MS-DOS form: the time of every entry, so the bytes depend on the content only. */
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (2000 - 1980) << 9 | 1 << 5 | 1;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;
    /** General-purpose flag bit 3: sizes and CRC follow the data, in a data descriptor. */
    private static final int DESCRIPTOR = 0x08;
    private static final long MAX = 0xFFFFFFFFL;

    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** Where a deflater's output goes on its way out, within one call: one per thread. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]);

    /** An entry deflated once, to be put in many archives. */
    record Made(byte[] name, byte[] deflated, int crc, int size) {

        static Made of(String name, byte[] data) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                byte[] buffer = new byte[data.length + 64];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length / 2 + 64);
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                CRC32 crc = new CRC32();
                crc.update(data);
                return new Made(ascii(name), out.toByteArray(), (int) crc.getValue(), data.length);
            } finally {
                deflater.end();
            }
        }
    }

    /**
     * The first bytes of many entries (a sheet's heading row), deflated once and ended by a full
     * flush: whole, byte-aligned deflate blocks that refer to nothing after them. An entry that
     * starts with them copies them and deflates only the rest, which never refers back to them, so
     * the two make one valid deflate stream.
     */
    record Prefix(byte[] bytes, byte[] deflated) {

        static Prefix of(byte[] bytes) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(bytes);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 2 + 64);
                byte[] buffer = new byte[bytes.length + 64];
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length || !deflater.needsInput());
                return new Prefix(bytes, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
    }

    /** What the central directory says of an entry written. */
    private record Written(byte[] name, int flags, int crc, long compressed, long size, long offset) {
    }

    private final OutputStream out;
    private final List<Written> written = new ArrayList<>();
    private final byte[] header = new byte[46];
    private long offset;
    private boolean entryOpen;

    /** An archive written into {@code out}, which {@link #close} leaves open. */
    Zip(OutputStream out) {
        this.out = out;
    }

    /** Puts an entry deflated beforehand. */
    void put(Made made) throws IOException {
        checkNoEntryOpen();
        Written w = new Written(made.name(), 0, made.crc(), made.deflated().length, made.size(), offset);
        localHeader(w);
        write(made.deflated(), 0, made.deflated().length);
        written.add(w);
    }

    /**
     * Starts an entry whose bytes are written into the stream returned, and deflated as they come;
     * closing that stream ends the entry. One entry at a time. Its bytes start with
     * {@code prefix} (null: none), written already.
     */
    OutputStream entry(String name, Prefix prefix) throws IOException {
        checkNoEntryOpen();
        byte[] ascii = ascii(name);
        long start = offset;
        localHeader(new Written(ascii, DESCRIPTOR, 0, 0, 0, start));
        entryOpen = true;
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        CRC32 crc = new CRC32();
        long prefixSize = 0;
        long prefixDeflated = 0;
        if (prefix != null) {
            write(prefix.deflated(), 0, prefix.deflated().length);
            crc.update(prefix.bytes());
            prefixSize = prefix.bytes().length;
            prefixDeflated = prefix.deflated().length;
        }
        long initialSize = prefixSize;
        long initialDeflated = prefixDeflated;
        return new OutputStream() {
            private long size = initialSize;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                size += len;
                deflater.setInput(b, off, len);
                while (!deflater.needsInput()) {
                    drain();
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                deflater.finish();
                while (!deflater.finished()) {
                    drain();
                }
                long compressed = initialDeflated + deflater.getBytesWritten();
                deflater.reset();
                entryOpen = false;
                if (size > MAX || compressed > MAX) {
                    throw new IOException("表格过大，超出 Excel 文件（zip）单个部分 4 GB 的上限：" + name);
                }
                Written w = new Written(ascii, DESCRIPTOR, (int) crc.getValue(), compressed, size, start);
                int n = 0;
                n = int32(header, n, 0x08074b50);
                n = int32(header, n, w.crc());
                n = int32(header, n, (int) compressed);
                n = int32(header, n, (int) size);
                Zip.this.write(header, 0, n);
                written.add(w);
            }

            private void drain() throws IOException {
                byte[] buffer = SCRATCH.get();
                int n = deflater.deflate(buffer);
                if (n > 0) {
                    Zip.this.write(buffer, 0, n);
                }
            }
        };
    }

    /** Writes the central directory; the stream given stays open. */
    @Override
    public void close() throws IOException {
        checkNoEntryOpen();
        long start = offset;
        for (Written w : written) {
            int n = 0;
            n = int32(header, n, 0x02014b50);
            n = int16(header, n, VERSION);
            n = int16(header, n, VERSION);
            n = common(header, n, w);
            n = int16(header, n, 0); // comment length
            n = int16(header, n, 0); // disk number
            n = int16(header, n, 0); // internal attributes
            n = int32(header, n, 0); // external attributes
            n = int32(header, n, (int) w.offset());
            write(header, 0, n);
            write(w.name(), 0, w.name().length);
        }
        long size = offset - start;
        if (written.size() > 0xFFFF || start > MAX) {
            throw new IOException("Excel 文件（zip）过大：超出 4 GB 或 65535 个部分的上限");
        }
        int n = 0;
        n = int32(header, n, 0x06054b50);
        n = int16(header, n, 0);
        n = int16(header, n, 0);
        n = int16(header, n, written.size());
        n = int16(header, n, written.size());
        n = int32(header, n, (int) size);
        n = int32(header, n, (int) start);
        n = int16(header, n, 0);
        write(header, 0, n);
        out.flush();
    }

    private void localHeader(Written w) throws IOException {
        if (w.offset() > MAX) {
            throw new IOException("Excel 文件（zip）过大：超出 4 GB 的上限");
        }
        int n = 0;
        n = int32(header, n, 0x04034b50);
        n = int16(header, n, VERSION);
        n = common(header, n, w);
        write(header, 0, n);
        write(w.name(), 0, w.name().length);
    }

    /** The fields local and central headers share, from the flags to the extra field's length. */
    private static int common(byte[] b, int n, Written w) {
        n = int16(b, n, w.flags());
        n = int16(b, n, DEFLATED);
        n = int16(b, n, DOS_TIME);
        n = int16(b, n, DOS_DATE);
        n = int32(b, n, w.crc());
        n = int32(b, n, (int) w.compressed());
        n = int32(b, n, (int) w.size());
        n = int16(b, n, w.name().length);
        return int16(b, n, 0);
    }

    private void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        offset += len;
    }

    private void checkNoEntryOpen() {
        if (entryOpen) {
            throw new IllegalStateException("the entry before is still open");
        }
    }

    private static byte[] ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7e) {
                throw new IllegalArgumentException("not an ASCII name: " + name);
            }
        }
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    private static int int16(byte[] b, int n, int v) {
        b[n] = (byte) v;
        b[n + 1] = (byte) (v >>> 8);
        return n + 2;
    }

    private static int int32(byte[] b, int n, int v) {
        b[n] = (byte) v;
        b[n + 1] = (byte) (v >>> 8);
        b[n + 2] = (byte) (v >>> 16);
        b[n + 3] = (byte) (v >>> 24);
        return n + 4;
    }
}
