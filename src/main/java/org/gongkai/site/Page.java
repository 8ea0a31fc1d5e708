package org.gongkai.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One file of the site: its path relative to the output folder and its bytes — held ({@code bytes}),
 * or written straight into the file when the site is written ({@code body}, for the data files: a
 * large site's CSV, XLSX and JSON downloads would not fit in memory beside its pages).
 */
public record Page(String path, byte[] bytes, Body body) {

    /** Writes a file's content; called when the file is written, and again each time it is read. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file whose bytes are made now. */
    public Page(String path, byte[] content) {
        this(path, content, null);
    }

    /** A file whose bytes are made as it is written. */
    public static Page streamed(String path, Body body) {
        return new Page(path, null, body);
    }

    /**
     * A file made from a whole year's or the whole site's tables: long to make, so a build makes it
     * on a thread of its own beside the other files rather than in their turn.
     */
    public static Page large(String path, Body body) {
        return new Page(path, null, new Large(body));
    }

    /** The body of {@link #large}. */
    public record Large(Body body) implements Body {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
        }
    }

    /** Whether the file is made beside the others, in the order given: {@link #large} files and copies of them. */
    public boolean madeBeside() {
        return body instanceof Large || body instanceof Copy;
    }

    /**
     * A file with the same bytes as {@code source}, a file of the same build written before it: the
     * writer copies that file instead of making the bytes again. The source is a {@link #large} file,
     * so the copy is made beside the others too, after it. {@code body} makes them where there
     * is no written file to copy (a preview held in memory).
     */
    public static Page copy(String path, String source, Body body) {
        return new Page(path, null, new Copy(source, body));
    }

    /** The body of {@link #copy}: what to copy, and how to make the same bytes without it. */
    public record Copy(String source, Body body) implements Body {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
        }
    }

    /** The file's bytes (a streamed file is made again: read it once). */
    public byte[] content() {
        if (bytes != null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the file's bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
        } else {
            body.writeTo(out);
        }
    }
}
