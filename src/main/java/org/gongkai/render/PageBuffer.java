package org.gongkai.render;

import java.io.Writer;
import java.util.Arrays;
import org.gongkai.site.Utf8;

/**
 * Where a page is rendered, as UTF-8, reused by each thread from page to page: an unsynchronized
 * writer (a {@link java.io.StringWriter} locks on every append) whose arrays are kept, so tens of
 * thousands of pages of 10–60 kB each do not each grow their own. Bytes as
 * {@code String.getBytes(UTF_8)} gives them for all the text written: a lone surrogate becomes
 * {@code ?}, and a pair split between two writes is one character.
 *
 * <p>Text is encoded as it is written, and a template's markup is copied as the bytes it was
 * encoded to when the template was compiled ({@link TemplateText}). Collected in a
 * {@code StringBuilder} and encoded at the end, every character was copied three times (into
 * the builder, out of it, into bytes), and the markup, most of a page, was encoded on every page.
 * {@code PageBufferTest} holds the bytes to getBytes's.
 */
final class PageBuffer extends Writer {

    private static final ThreadLocal<PageBuffer> FREE = new ThreadLocal<>();
    /** A page's characters are read from a string through this array, a piece at a time. */
    private static final int PIECE = 4096;

    private byte[] bytes = new byte[65_536];
    private int count;
    private final char[] piece = new char[PIECE];
    /** A high surrogate written last, waiting for the low one that may follow; 0 when none. */
    private char pending;
    private TemplateText text;

    private PageBuffer() {
    }

    /**
     * This thread's free buffer, emptied, for the templates whose markup {@code text} holds
     * encoded (or null); a render inside a render gets one of its own.
     */
    static PageBuffer take(TemplateText text) {
        PageBuffer buffer = FREE.get();
        if (buffer == null) {
            buffer = new PageBuffer();
        } else {
            FREE.set(null);
        }
        buffer.count = 0;
        buffer.pending = 0;
        buffer.text = text;
        return buffer;
    }

    /** Gives the buffer back to this thread for its next page. */
    void release() {
        text = null;
        if (bytes.length <= 3 << 20) { // an exceptional page's array is not kept
            FREE.set(this);
        }
    }

    /** The page's bytes: the one array a page allocates. */
    byte[] utf8() {
        flushPending();
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (text != null && offset == 0 && length == chars.length) {
            byte[] known = text.of(chars);
            if (known != null) {
                flushPending();
                room(known.length);
                System.arraycopy(known, 0, bytes, count, known.length);
                count += known.length;
                return;
            }
        }
        encode(chars, offset, offset + length);
    }

    @Override
    public void write(String s, int offset, int length) {
        int end = offset + length;
        for (int at = offset; at < end; at += PIECE) {
            int to = Math.min(end, at + PIECE);
            s.getChars(at, to, piece, 0);
            encode(piece, 0, to - at);
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        piece[0] = (char) c;
        encode(piece, 0, 1);
    }

    @Override
    public Writer append(CharSequence s) {
        String written = String.valueOf(s);
        write(written, 0, written.length());
        return this;
    }

    /** Encodes {@code chars[from, to)}, a surrogate pair split from the write before joined again. */
    private void encode(char[] chars, int from, int to) {
        if (from == to) {
            return;
        }
        room(Utf8.MAX_BYTES * (to - from) + 4);
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(chars[from])) {
                count = Utf8.pair(bytes, count, high, chars[from++]);
            } else {
                bytes[count++] = '?';
            }
        }
        if (from < to && Character.isHighSurrogate(chars[to - 1])) {
            pending = chars[--to]; // its low surrogate may be the next write's first character
        }
        count = Utf8.encode(chars, from, to, bytes, count, false);
    }

    /** A high surrogate that nothing followed: '?', as getBytes writes a lone one. */
    private void flushPending() {
        if (pending != 0) {
            pending = 0;
            room(1);
            bytes[count++] = '?';
        }
    }

    private void room(int more) {
        if (bytes.length - count < more) {
            bytes = Arrays.copyOf(bytes, Math.max(count + more, bytes.length * 2));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
