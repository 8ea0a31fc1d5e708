package org.gongkai.render;

import java.io.Writer;
import java.util.Arrays;
import org.gongkai.site.Utf8;

/**
 * Where a page's text is rendered, reused by each thread from page to page: an unsynchronized
 * writer (a {@link java.io.StringWriter} locks on every append) whose builder is kept, so tens of
 * thousands of pages of 10–60 kB each do not each grow one. Bytes as {@code String.getBytes(UTF_8)}
 * gives them: a lone surrogate becomes {@code ?}.
 */
final class PageBuffer extends Writer {

    private static final ThreadLocal<PageBuffer> FREE = new ThreadLocal<>();

    private final StringBuilder text = new StringBuilder(32_768);

    private PageBuffer() {
    }

    /** This thread's free buffer, emptied; a render inside a render gets one of its own. */
    static PageBuffer take() {
        PageBuffer buffer = FREE.get();
        if (buffer == null) {
            return new PageBuffer();
        }
        FREE.set(null);
        buffer.text.setLength(0);
        return buffer;
    }

    /** Gives the buffer back to this thread for its next page. */
    void release() {
        if (text.capacity() <= 1 << 20) { // an exceptional page's buffer is not kept (nor its arrays)
            FREE.set(this);
        }
    }

    /** The text copied out of the builder, and its bytes: kept from page to page, as the builder is. */
    private char[] chars = new char[32_768];
    private byte[] bytes = new byte[65_536];

    /**
     * The text written so far, as UTF-8, encoded here into arrays kept from page to page, so that a
     * page's bytes are the one array allocated. {@code text.toString().getBytes(UTF_8)} made
     * three: the String, an array three times the text's length the JDK encodes into, and its
     * copy cut to size (about 200 kB for a page of 50,000 characters; 2 GB over a 10,000-project
     * build, which its young collections then had to go through). A reader through a
     * CharsetEncoder was slower still. {@code PageBufferTest} holds the bytes to getBytes's.
     * ({@link Utf8}, as the data files encode their cells.)
     */
    byte[] utf8() {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        if (bytes.length < Utf8.MAX_BYTES * n) {
            bytes = new byte[Math.max(Utf8.MAX_BYTES * n, bytes.length * 2)];
        }
        int at = Utf8.encode(chars, n, bytes, 0, false);
        return Arrays.copyOf(bytes, at);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
