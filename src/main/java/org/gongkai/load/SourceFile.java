package org.gongkai.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.model.Origin;

/**
 * Reads a content file as UTF-8 text (a BOM is tolerated), refusing oversize and non-UTF-8 files.
 * The loader and {@code gongkai fmt} read content files through it, so both refuse the same files.
 */
public final class SourceFile {

    /** A disclosure file is a few kB; 1 MiB leaves room for the longest and stops runaway input. */
    static final int MAX_BYTES = 1 << 20;

    private SourceFile() {
    }

    /** The file's bytes, or null after reporting that it is too large or cannot be read. */
    public static byte[] bytes(Path path, String name, Problems problems) {
        Origin origin = Origin.ofFile(name).at(1, 1);
        try {
            // Read up to one byte past the limit rather than asked for the size first: a file is
            // looked up once, not twice (a stat per file was a tenth of reading a large site).
            byte[] bytes = read(path);
            if (bytes.length > MAX_BYTES) {
                problems.add(origin, "文件过大（" + Files.size(path) / 1024 + " KiB，上限 " + MAX_BYTES / 1024
                        + " KiB），已拒绝读取");
                return null;
            }
            return bytes;
        } catch (IOException e) {
            problems.add(origin, "无法读取文件：" + e.getMessage());
            return null;
        }
    }

    /** Each thread's array to read a file into: a site is thousands of files of a few kB. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 15]);

    /**
     * At most {@link #MAX_BYTES} + 1 bytes of the file, read into this thread's array and copied
     * out at their size: {@code readNBytes} read each file into a new 8 kB array before copying it
     * out (150 MB for the 26 MB of a 10,000-project site).
     */
    private static byte[] read(Path path) throws IOException {
        byte[] buffer = BUFFER.get();
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            while (n <= MAX_BYTES) {
                if (n == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BYTES + 1));
                    BUFFER.set(buffer);
                }
                int read = in.read(buffer, n, buffer.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
        }
        return java.util.Arrays.copyOf(buffer, n);
    }

    /** The bytes as text without a BOM, or null after reporting where they stop being UTF-8. */
    public static String text(byte[] bytes, String name, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // The String constructor decodes at several times a decoder's speed, and marks each byte it
        // cannot decode with U+FFFD: text without one is valid as it stands. With one (bad bytes, or
        // a U+FFFD written in the file), the strict decoder decides and finds the bad byte.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            problems.add(positionOf(name, bytes, start, bad),
                    "文件不是 UTF-8 编码（第 " + (bad + 1) + " 字节起无法解码；GBK 等编码请先另存为 UTF-8）");
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** The line and column of a byte offset, counting the valid text before it. */
    private static Origin positionOf(String name, byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return Origin.ofFile(name).at(line, column);
    }
}
