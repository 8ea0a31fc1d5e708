package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page buffer's bytes against {@code String.getBytes(UTF_8)}, the encoding it replaces. */
class PageBufferTest {

    @Test
    void encodesAsStringGetBytesDoesForAnyTextAndSize() throws Exception {
        Random random = new Random(16);
        char[] alphabet = {'a', '<', '>', '"', '\n', '预', '算', '绩', '效', 'é', '\uD83D', '\uDE00', '\uDC00', '\u0000', '\uFFFF'};
        for (int round = 0; round < 200; round++) {
            // Sizes from empty to past the buffer's first 64 kB, so it must grow, sometimes twice.
            int length = round < 5 ? round : random.nextInt(round % 10 == 0 ? 150_000 : 5_000);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            TemplateText markup = new TemplateText();
            PageBuffer buffer = PageBuffer.take(markup);
            // Written in pieces, as a template writes: strings, parts of arrays, single characters,
            // and whole arrays as a template's text nodes, some encoded ahead (a pair of surrogates
            // is sometimes split between two pieces).
            int at = 0;
            while (at < text.length()) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(100));
                switch (random.nextInt(5)) {
                    case 0 -> buffer.write(text.substring(at, end));
                    case 1 -> buffer.write(text.toString().toCharArray(), at, end - at);
                    case 2 -> {
                        end = at + 1;
                        buffer.write(text.charAt(at));
                    }
                    default -> {
                        char[] node = text.substring(at, end).toCharArray();
                        markup.add(node);
                        buffer.write(node);
                    }
                }
                at = end;
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), buffer.utf8(), "round " + round);
            buffer.release();
        }
    }

    @Test
    void markupIsCopiedAsEncodedWhenItsTemplateWasCompiled() throws Exception {
        TemplateText markup = new TemplateText();
        char[] node = "<td class=\"num\">预算".toCharArray();
        assertTrue(markup.add(node));
        assertFalse(markup.add("<td>".toCharArray()), "too short to be worth a lookup");
        assertFalse(markup.add("\uDE00 after a pair's high half".toCharArray()), "a low surrogate first may pair with the write before");
        PageBuffer buffer = PageBuffer.take(markup);
        buffer.write("\uD83D");
        buffer.write(node);
        buffer.write(node, 1, 3);
        assertArrayEquals("\uD83D<td class=\"num\">预算td ".getBytes(StandardCharsets.UTF_8), buffer.utf8());
        buffer.release();
    }

    /** A template's text nodes are registered as it is compiled, and a page is the same with or without them. */
    @Test
    void aTemplatesTextIsRegisteredWhenItIsCompiled() throws Exception {
        String template = "<ul class=\"list\">\n{% for x in xs %}<li class=\"item\">{{ x }}</li>{% if x == \"b\" %}<!-- 中间 -->{% endif %}{% endfor %}\n</ul>\n";
        TemplateText markup = new TemplateText();
        io.pebbletemplates.pebble.template.PebbleTemplate compiled = new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.StringLoader()).extension(new ThemeExtension(markup)).build()
                .getTemplate(template);
        assertEquals(3, markup.size(), "the list's start, the item's start, the comment; \"</li>\" and \"</ul>\\n\" are too short");
        PageBuffer buffer = PageBuffer.take(markup);
        compiled.evaluate(buffer, java.util.Map.of("xs", java.util.List.of("a", "b", "\uD83D\uDE00")));
        java.io.StringWriter plain = new java.io.StringWriter();
        compiled.evaluate(plain, java.util.Map.of("xs", java.util.List.of("a", "b", "\uD83D\uDE00")));
        assertArrayEquals(plain.toString().getBytes(StandardCharsets.UTF_8), buffer.utf8());
        buffer.release();
    }

    @Test
    void aBufferInUseIsNeverHandedOutAgain() {
        PageBuffer outer = PageBuffer.take(null);
        outer.write("外");
        PageBuffer inner = PageBuffer.take(null);
        assertNotSame(outer, inner);
        inner.write("内");
        assertArrayEquals("内".getBytes(StandardCharsets.UTF_8), inner.utf8());
        inner.release();
        assertArrayEquals("外".getBytes(StandardCharsets.UTF_8), outer.utf8());
        outer.release();
        assertSame(outer, PageBuffer.take(null), "the last one given back is reused");
    }
}
