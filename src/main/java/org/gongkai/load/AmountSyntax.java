package org.gongkai.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way an amount (or a percentage) is written: decimal digits, an optional minus sign
 * and an optional fraction, as in {@code 51.00}, {@code 0}, {@code -5}. Why so strict: an amount
 * is shown exactly as written, but YAML reads {@code 1e3}, {@code +5} and {@code 012} as 1000, 5
 * and 12, so a page would show a number the file does not. Such spellings are refused with the
 * spelling to use instead. Why bounded: no budget needs more than {@value #MAX_INTEGER_DIGITS}
 * integer or {@value #MAX_FRACTION_DIGITS} fraction digits (万元 to six places is 0.01 元), and
 * {@code 1e999999999} would otherwise become a billion-digit number.
 */
final class AmountSyntax {

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;

    /** The one spelling, within the bounds (negative zero aside): most amounts end here. */
    private static final Pattern CANONICAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?");
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0(\\.0*)?");
    /** Sign, digits, fraction and exponent of a decimal number in any spelling YAML reads as one. */
    private static final Pattern DECIMAL = Pattern.compile("([+-]?)([0-9]*)(?:\\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?");

    private AmountSyntax() {
    }

    /**
     * Null when {@code text} is an amount written the one way; otherwise what is wrong and what
     * to write instead ("不能用科学记数法（1e3），请写成 1000").
     */
    static String problem(String text) {
        if (CANONICAL.matcher(text).matches() && !NEGATIVE_ZERO.matcher(text).matches()) {
            return null;
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches() || m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty())) {
            return "只能用十进制数字书写（如 51.00），这里是 " + Messages.clip(text);
        }
        String sign = m.group(1);
        String whole = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        String exponent = m.group(4);
        String digits = whole.replaceFirst("^0+", "");
        if (digits.length() > MAX_INTEGER_DIGITS || fraction.length() > MAX_FRACTION_DIGITS) {
            return "位数过多（整数部分最多 " + MAX_INTEGER_DIGITS + " 位，小数最多 " + MAX_FRACTION_DIGITS
                    + " 位），这里是 " + Messages.clip(text);
        }
        if (exponent != null) {
            return "不能用科学记数法（" + text + "），请写成" + plain(sign, digits, fraction, exponent);
        }
        String instead = (sign.equals("-") && !(digits + fraction).matches("0*") ? "-" : "")
                + (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
        if (sign.equals("+")) {
            return "数字前不写 \"+\"（" + text + "），请写成 " + instead;
        }
        if (whole.isEmpty() || m.group(3) != null && fraction.isEmpty()) {
            return "小数点两边都要有数字（" + text + "），请写成 " + instead;
        }
        if (whole.length() > 1 && whole.charAt(0) == '0') {
            return "整数部分不能以 0 开头（" + text + "），请写成 " + instead;
        }
        if (sign.equals("-") && (digits + fraction).matches("0*")) {
            return "零前面不写 \"-\"（" + text + "），请写成 " + instead;
        }
        return null;
    }

    /**
     * The value of {@code digits.fraction × 10^exponent} written out, when that stays within
     * the bounds; a hostile exponent is never applied.
     */
    private static String plain(String sign, String digits, String fraction, String exponent) {
        int e;
        try {
            e = Integer.parseInt(exponent);
        } catch (NumberFormatException x) {
            e = Integer.MAX_VALUE;
        }
        int point = digits.length() + e;
        if (Math.abs(e) > MAX_INTEGER_DIGITS || point > MAX_INTEGER_DIGITS
                || fraction.length() - e > MAX_FRACTION_DIGITS) {
            return "不超过 " + MAX_INTEGER_DIGITS + " 位整数、" + MAX_FRACTION_DIGITS + " 位小数的普通数字";
        }
        String all = digits + fraction;
        if (point <= 0) {
            all = "0".repeat(1 - point) + all;
            point = 1;
        } else if (point > all.length()) {
            all = all + "0".repeat(point - all.length());
        }
        String whole = all.substring(0, point).replaceFirst("^0+(?=[0-9])", "");
        String rest = all.substring(point);
        return " " + ("-".equals(sign) ? "-" : "") + whole + (rest.isEmpty() ? "" : "." + rest);
    }
}
