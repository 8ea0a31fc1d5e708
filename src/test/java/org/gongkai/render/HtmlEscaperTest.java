package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The templates' escaping against Pebble's own "html" strategy, unbescape's escapeHtml4Xml. */
class HtmlEscaperTest {

    private final HtmlEscaper escaper = new HtmlEscaper();

    @Test
    void everyCharacterAsUnbescapeEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append('x').append(c);
            String one = String.valueOf(c);
            assertEquals(HtmlEscape.escapeHtml4Xml(one), escaper.escape(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
        }
        assertEquals(HtmlEscape.escapeHtml4Xml(all.toString()), escaper.escape(all.toString()));
    }

    @Test
    void randomTextsAsUnbescapeEscapesThem() {
        Random random = new Random(20261202);
        String alphabet = "&<>\"'#;amp 项目资金 \u00a0\u2028\ud83d\ude00\ud800x\n\t";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int m = random.nextInt(40); m > 0; m--) {
                s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text), text);
        }
    }

    @Test
    void aTextWithNothingToEscapeIsTheSameString() {
        String text = "2023 年度 项目支出绩效目标";
        assertSame(text, escaper.escape(text));
        assertEquals("", escaper.escape(""));
        assertNull(escaper.escape(null));
    }
}
