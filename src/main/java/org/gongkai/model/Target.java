package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 指标值 read as operator + number + unit (+ note), as most targets are written: "≥95 %",
 * "=100%", "<3天", "≥0.85 万元", "≥1000人次（送流动文化服务进基层完成率）". Full-width
 * operators, digits and brackets read like their ASCII forms. Qualitative targets ("长期",
 * "较大") have no reading. The raw text stays what pages display; this serves checks, alignment
 * and charts.
 *
 * @param operator one of ≥ ≤ > < =, or null when the target states a bare number
 * @param value the number, exactly as written
 * @param unit what follows the number ("%", "人次", "万元"), possibly empty
 * @param note the text in brackets after the unit, or null
 */
public record Target(String operator, BigDecimal value, String unit, String note) {

    /** Digits are bounded as amounts are (15 + 6): a longer number has no reading, and costs nothing. */
    private static final int MAX_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;
    /** The operators, each longest first where one begins another (≥ before >). */
    private static final List<String> OPERATORS = List.of(">=", "<=", "≥", "≤", "≧", "≦", "＞＝", "＜＝", ">", "<", "=",
            "＞", "＜", "＝");

    /**
     * The reading of {@code text}, or null when it is not of the operator-number-unit form: spaces,
     * an operator or none, spaces, a number of at most 15 digits and 6 decimals, spaces, a unit
     * (no digit, no opening bracket), spaces, a note in brackets or none, spaces. Read by hand, as
     * the regular expression it replaced read it ({@code TargetTest} holds the two to the same
     * readings): that took a microsecond a target, a tenth of reading a site's indicators.
     */
    public static Target parse(String text) {
        if (text == null) {
            return null;
        }
        String t = normalize(text);
        int n = t.length();
        int i = skipSpaces(t, 0);
        String operator = null;
        for (String op : OPERATORS) {
            if (t.startsWith(op, i)) {
                operator = op;
                i += op.length();
                break;
            }
        }
        i = skipSpaces(t, i);
        int numberStart = i;
        i = skipDigits(t, i);
        if (i == numberStart || i - numberStart > MAX_DIGITS) {
            return null;
        }
        if (i + 1 < n && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
            int decimals = skipDigits(t, i + 1);
            if (decimals - (i + 1) > MAX_DECIMALS) {
                return null;
            }
            i = decimals;
        }
        String number = t.substring(numberStart, i);
        i = skipSpaces(t, i);
        // The unit runs to the first digit or opening bracket, less the spaces before it.
        int unitStart = i;
        int stop = i;
        while (stop < n && !isDigit(t.charAt(stop)) && t.charAt(stop) != '(' && t.charAt(stop) != '（') {
            stop++;
        }
        int unitEnd = stop;
        while (unitEnd > unitStart && isSpace(t.charAt(unitEnd - 1))) {
            unitEnd--;
        }
        String note = null;
        if (stop < n) {
            if (isDigit(t.charAt(stop))) {
                return null;
            }
            // A note: everything to the last closing bracket, which only spaces may follow, on one line.
            int close = n;
            while (close > stop && isSpace(t.charAt(close - 1))) {
                close--;
            }
            close--;
            if (close <= stop || t.charAt(close) != ')' && t.charAt(close) != '）') {
                return null;
            }
            note = t.substring(stop + 1, close);
            for (int k = 0; k < note.length(); k++) {
                if (isLineEnd(note.charAt(k))) {
                    return null;
                }
            }
        }
        return new Target(operator(operator), new BigDecimal(number), t.substring(unitStart, unitEnd).replace('％', '%'),
                note);
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match: the line terminators. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String t, int i) {
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when the unit is a percentage. */
    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** Full-width digits and the full-width point as ASCII; everything else as written. */
    static String normalize(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                s.append('.');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String operator(String op) {
        if (op == null) {
            return null;
        }
        return switch (op) {
            case ">=", "≥", "≧", "＞＝" -> "≥";
            case "<=", "≤", "≦", "＜＝" -> "≤";
            case ">", "＞" -> ">";
            case "<", "＜" -> "<";
            default -> "=";
        };
    }
}
