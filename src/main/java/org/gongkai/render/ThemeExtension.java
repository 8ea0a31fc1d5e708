package org.gongkai.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The filters the theme needs beyond Pebble's own. */
final class ThemeExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("amount", new AmountFilter(), "chinese", new ChineseNumeralFilter());
    }

    /**
     * {@code {{ budget.total | amount }}}: an amount exactly as written (51.00 stays 51.00, never
     * 51 or 5.1E+1); a blank amount prints as nothing, as the blank cell it is.
     */
    static final class AmountFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                EvaluationContext context, int lineNumber) {
            if (input == null) {
                return "";
            }
            if (input instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            return input.toString();
        }
    }

    /** {@code {{ 3 | chinese }}} → 三: the numbering of 分项绩效目标 （一）（二）… as printed. */
    static final class ChineseNumeralFilter implements Filter {
        private static final String DIGITS = "〇一二三四五六七八九";

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                EvaluationContext context, int lineNumber) {
            return numeral(((Number) input).intValue());
        }

        static String numeral(int n) {
            if (n < 1 || n >= 100) {
                return Integer.toString(n);
            }
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
            return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
        }
    }
}
