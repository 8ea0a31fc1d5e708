package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Target#parse}, read by hand, against the regular expression it replaced: the same reading
 * (operator, number, unit, note) or none, for the targets of real tables and for 200,000 random
 * texts made of the pieces the expression cares about.
 */
class TargetTest {

    /** The expression {@link Target#parse} used to apply, after {@link Target#normalize}. */
    private static final Pattern FORM = Pattern.compile(
            "^\\s*(>=|<=|≥|≤|≧|≦|>|<|=|＞＝|＜＝|＞|＜|＝)?\\s*([0-9]{1,15}(?:\\.[0-9]{1,6})?)\\s*([^0-9（(]*?)\\s*(?:[（(](.*)[）)])?\\s*$");

    private static Target reference(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(Target.normalize(text));
        if (!m.matches()) {
            return null;
        }
        String op = m.group(1);
        String operator = op == null ? null : switch (op) {
            case ">=", "≥", "≧", "＞＝" -> "≥";
            case "<=", "≤", "≦", "＜＝" -> "≤";
            case ">", "＞" -> ">";
            case "<", "＜" -> "<";
            default -> "=";
        };
        return new Target(operator, new BigDecimal(m.group(2)), m.group(3).replace('％', '%'), m.group(4));
    }

    @Test
    void readsTheTargetsOfRealTables() {
        assertEquals(new Target("≥", new BigDecimal("95"), "%", null), Target.parse("≥95 %"));
        assertEquals(new Target("=", new BigDecimal("100"), "%", null), Target.parse("=100%"));
        assertEquals(new Target("<", new BigDecimal("3"), "天", null), Target.parse("<3天"));
        assertEquals(new Target("≥", new BigDecimal("0.85"), "万元", null), Target.parse("≥0.85 万元"));
        assertEquals(new Target("≥", new BigDecimal("1000"), "人次", "送流动文化服务进基层完成率"),
                Target.parse("≥1000人次（送流动文化服务进基层完成率）"));
        assertEquals(new Target("≤", new BigDecimal("10"), "%", null), Target.parse("＜＝１０．０％".replace("．０", "")));
        assertEquals(new BigDecimal("10.0"), Target.parse("≤１０．０％").value());
        assertNull(Target.parse("长期"));
        assertNull(Target.parse("1234567890123456"));
        assertNull(Target.parse("1.1234567"));
        assertNull(Target.parse(null));
    }

    @Test
    void readsAsTheExpressionDid() {
        Random random = new Random(95);
        String[] pieces = {"≥", ">=", "<=", ">", "<", "=", "＞＝", "＜＝", "＞", "＜", "＝", "≧", "≦", "≤",
            "9", "5", "0", "１", "．", ".", "1234567", "%", "％", "人次", "万元", "天", " ", "\t", "\n", "\r", "\u000B", "\f",
            "\u3000", "(", ")", "（", "）", "\u0085", "\u2028", "a", "-", "+", "e"};
        int read = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) { // most real targets: operator, number, unit, maybe a note
                s.append(pieces[random.nextInt(14)]).append(random.nextInt(100_000));
                if (random.nextBoolean()) {
                    s.append('.').append(random.nextInt(10_000));
                }
            }
            for (int k = random.nextInt(7); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            Target expected = reference(text);
            assertEquals(expected, Target.parse(text), () -> "[" + text.replace("\n", "\\n") + "]");
            if (expected != null) {
                read++;
            }
        }
        assertTrue(read > 40_000 && read < 160_000, "both readings and none tried: " + read);
    }
}
