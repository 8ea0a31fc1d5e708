package org.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text written to a stream in pieces of about {@value #CHARS} characters, each encoded whole by
 * {@link String#getBytes}: much faster than a Writer's per-character encoder on Chinese text, and
 * a large table is never one string. The caller cuts only between rows, so no character is split.
 */
final class Utf8Pieces {

    /** How much text is encoded at once. */
    static final int CHARS = 32 * 1024;

    private Utf8Pieces() {
    }

    /** Writes {@code text} out and empties it once it holds a piece's worth. */
    static void writeIfFull(StringBuilder text, OutputStream out) throws IOException {
        if (text.length() >= CHARS) {
            write(text, out);
        }
    }

    /** Writes out what {@code text} holds and empties it. */
    static void write(StringBuilder text, OutputStream out) throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
