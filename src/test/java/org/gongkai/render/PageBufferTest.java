package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page buffer's bytes against {@code String.getBytes(UTF_8)}, the encoding it replaces. */
class PageBufferTest {

    @Test
    void encodesAsStringGetBytesDoesForAnyTextAndSize() {
        Random random = new Random(16);
        char[] alphabet = {'a', '<', '>', '"', '\n', '预', '算', '绩', '效', 'é', '\uD83D', '\uDE00', '\uDC00', '\u0000', '\uFFFF'};
        for (int round = 0; round < 200; round++) {
            // Sizes from empty to past the buffer's first 64 kB, so it must grow, sometimes twice.
            int length = round < 5 ? round : random.nextInt(round % 10 == 0 ? 150_000 : 5_000);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            PageBuffer buffer = PageBuffer.take();
            // Written in pieces, as a template writes.
            int at = 0;
            while (at < text.length()) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(100));
                if (random.nextBoolean()) {
                    buffer.write(text.substring(at, end));
                } else {
                    buffer.write(text.toString().toCharArray(), at, end - at);
                }
                at = end;
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), buffer.utf8(), "round " + round);
            buffer.release();
        }
    }

    @Test
    void aBufferInUseIsNeverHandedOutAgain() {
        PageBuffer outer = PageBuffer.take();
        outer.write("外");
        PageBuffer inner = PageBuffer.take();
        assertNotSame(outer, inner);
        inner.write("内");
        assertArrayEquals("内".getBytes(StandardCharsets.UTF_8), inner.utf8());
        inner.release();
        assertArrayEquals("外".getBytes(StandardCharsets.UTF_8), outer.utf8());
        outer.release();
        assertSame(outer, PageBuffer.take(), "the last one given back is reused");
    }
}
