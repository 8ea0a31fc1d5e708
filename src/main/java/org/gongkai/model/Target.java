package org.gongkai.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern FORM = Pattern.compile(
            "^\\s*(>=|<=|≥|≤|≧|≦|>|<|=|＞＝|＜＝|＞|＜|＝)?\\s*([0-9]{1,15}(?:\\.[0-9]{1,6})?)\\s*([^0-9（(]*?)\\s*(?:[（(](.*)[）)])?\\s*$");

    /** The reading of {@code text}, or null when it is not of the operator-number-unit form. */
    public static Target parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(normalize(text));
        if (!m.matches()) {
            return null;
        }
        return new Target(operator(m.group(1)), new BigDecimal(m.group(2)), m.group(3).replace('％', '%'),
                m.group(4));
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
