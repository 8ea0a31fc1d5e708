package org.gongkai.render;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a page's text is rendered, reused by each thread from page to page: an unsynchronized
 * writer (a {@link java.io.StringWriter} locks on every append) whose text is encoded to UTF-8
 * straight from its buffer, without first copying it into a String. Tens of thousands of pages
 * of 10–60 kB each otherwise allocate three copies apiece. Bytes as {@code String.getBytes(UTF_8)}
 * gives them: a lone surrogate becomes {@code ?}.
 */
final class PageBuffer extends Writer {

    private static final ThreadLocal<PageBuffer> FREE = new ThreadLocal<>();

    private final StringBuilder text = new StringBuilder(32_768);
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer bytes = ByteBuffer.allocate(65_536);

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
        if (text.capacity() <= 1 << 20) { // an exceptional page's buffer is not kept
            FREE.set(this);
        }
    }

    /** The text written so far, as UTF-8. */
    byte[] utf8() {
        CharBuffer in = CharBuffer.wrap(text);
        encoder.reset();
        bytes.clear();
        while (encoder.encode(in, bytes, true).isOverflow()) {
            grow();
        }
        while (encoder.flush(bytes).isOverflow()) {
            grow();
        }
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    /** A buffer twice as large, holding what was encoded so far. */
    private void grow() {
        ByteBuffer larger = ByteBuffer.allocate(bytes.capacity() * 2);
        bytes.flip();
        larger.put(bytes);
        bytes = larger;
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
