package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as a form prints it: {@code 854}, {@code 854万(高标准农田建设400万元,…)},
 * {@code 6923.3552万元}. {@code number} is the decimal as written (null when the cell holds no
 * amount); {@code printed} is the whole cell when it was more than a bare number; {@code unit}
 * is 万元 or 元 when the cell said so.
 */
record PrintedAmount(String number, String printed, String unit) {

    private static final Pattern LEADING = Pattern.compile("^(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(万元|万|元)?(.*)$",
            Pattern.DOTALL);
    /** "总额10606.7522万元", "财政拨款:6923.3552万元(…)", "二、自有资金:0万元": a label and its amount in one cell. */
    private static final Pattern LABELLED = Pattern.compile("^([^\\d:：()（）;；]{1,24}?)\\s*[:：]?\\s*(-?\\d.*)$", Pattern.DOTALL);

    /** A source named inside a cell, with what its parentheses name in turn (其中:…;…). */
    record Labelled(String label, PrintedAmount amount, List<Labelled> nested) {
    }

    static PrintedAmount blank() {
        return new PrintedAmount(null, null, null);
    }

    /** The amount of a value cell; a blank cell is no amount and no text. */
    static PrintedAmount parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return blank();
        }
        if (Labels.AMOUNT.matcher(t).matches()) {
            return new PrintedAmount(t, null, null);
        }
        if (Labels.GROUPED_AMOUNT.matcher(t).matches()) {
            return new PrintedAmount(t.replace(",", ""), t, null);
        }
        Matcher m = LEADING.matcher(t);
        if (m.matches()) {
            String rest = m.group(3).strip();
            if (rest.isEmpty() || rest.startsWith("(") || rest.startsWith("（") || Character.isDigit(rest.charAt(0))) {
                String unit = m.group(2) == null ? null : m.group(2).startsWith("万") ? "万元" : "元";
                return new PrintedAmount(m.group(1).replace(",", ""), t, unit);
            }
        }
        return new PrintedAmount(null, t, null);
    }

    /** A cell holding its own label, or null when it does not start with a label followed by a number. */
    static Labelled labelled(String text) {
        Matcher m = LABELLED.matcher(text.strip());
        if (!m.matches() || Labels.label(m.group(1)).isEmpty()) {
            return null;
        }
        String label = Labels.stripNumber(m.group(1)).strip();
        String value = m.group(2).strip();
        PrintedAmount amount = parse(value);
        if (amount.number() == null) {
            return null;
        }
        List<Labelled> nested = new ArrayList<>();
        int open = Math.max(value.indexOf('('), value.indexOf('（'));
        if (open > 0 && (value.endsWith(")") || value.endsWith("）"))) {
            String inner = value.substring(open + 1, value.length() - 1).strip();
            inner = inner.replaceFirst("^其中\\s*[:：]?", "");
            for (String part : inner.split("[;；]")) {
                Labelled n = part.isBlank() ? null : labelled(part);
                if (n == null) {
                    nested.clear();
                    break;
                }
                nested.add(n);
            }
        }
        return new Labelled(label, new PrintedAmount(amount.number(), text.strip(), amount.unit()), nested);
    }
}
