package org.gongkai.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.site.Routes;

/** The filters and functions the theme needs beyond Pebble's own. */
final class ThemeExtension extends AbstractExtension {

    private final TemplateText text;

    /** {@code text}: where the templates' markup is encoded as each is compiled. */
    ThemeExtension(TemplateText text) {
        this.text = text;
    }

    @Override
    public List<io.pebbletemplates.pebble.extension.NodeVisitorFactory> getNodeVisitors() {
        return List.of(text.visitors());
    }

    /** Read before Pebble's own resolver, which the registry puts after every extension's. */
    @Override
    public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributes());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new UrlFunction());
    }

    /**
     * {@code {{ url('project', department, project) }}}: the link from the page being rendered to
     * a route of {@link Routes}, so that no template puts a path together itself.
     */
    static final class UrlFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional: the route's id, then its values
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                int lineNumber) {
            Object id = args.get("0");
            Routes route = id instanceof String name ? Routes.named(name) : null;
            if (route == null) {
                throw new PebbleException(null, "url() 的第一个参数应为页面种类（" + String.join("、",
                        Routes.patterns().keySet()) + "），这里是 " + id, lineNumber, self.getName());
            }
            Object[] values = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                values[i - 1] = args.get(Integer.toString(i));
            }
            try {
                return context.getVariable("root") + route.path(values);
            } catch (IllegalArgumentException e) {
                throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
            }
        }
    }

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
