package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordAttributes} answers for record components exactly where Pebble's own resolver calls
 * the same accessor, and leaves everything else to it: a template reads the same with and without it.
 */
class RecordAttributesTest {

    public record Plain(String name, int count, boolean open, List<String> items) {
        public String label() {
            return name + count;
        }

        public static String shared() {
            return "static";
        }
    }

    /** Pebble would find getName first… or rather, both: the fast path stays out of it. */
    public record WithGetter(String name) {
        public String getName() {
            return "getter";
        }
    }

    /** Two methods whose names differ only in case: Pebble chooses between them, not we. */
    public record TwoCases(String value) {
        public String VALUE() {
            return "upper";
        }
    }

    /** Private and package-private records of this package, as some view records are: read directly too. */
    private record Hidden(String name) {
    }

    record Local(String name) {
    }

    private final RecordAttributes resolver = new RecordAttributes();

    private Object resolve(Object instance, String attribute) {
        var resolved = resolver.resolve(instance, attribute, null, null, null, "t", 1);
        return resolved == null ? null : resolved.evaluatedValue;
    }

    @Test
    void aRecordsComponentsAreReadDirectly() {
        Plain p = new Plain("名称", 3, true, List.of("a"));
        assertEquals("名称", resolve(p, "name"));
        assertEquals(3, resolve(p, "count"));
        assertEquals(true, resolve(p, "open"));
        assertEquals(List.of("a"), resolve(p, "items"));
        assertNull(resolve(p, "missing"));
        assertEquals("名称3", resolve(p, "label"), "a method of the record that is no component");
        assertNull(resolve(p, "shared"), "a static method");
        assertEquals(p.hashCode(), resolve(p, "hashCode"), "as Pebble would call it");
        assertNull(resolve(p, "getClass"), "Object's own methods are Pebble's to refuse");
        assertEquals("隐", resolve(new Hidden("隐"), "name"));
        assertEquals("本包", resolve(new Local("本包"), "name"));
        java.math.BigDecimal total = new java.math.BigDecimal("12.50");
        assertEquals(total, resolve(new org.gongkai.model.Budget(total, null, null), "total"), "a model record");
        assertNull(resolver.resolve(p, "name", new Object[0], null, null, "t", 1), "a call with arguments");
        assertNull(resolver.resolve(null, "name", null, null, null, "t", 1));
    }

    @Test
    void whatPebbleWouldDecideOtherwiseIsLeftToIt() {
        assertNull(resolve(new WithGetter("x"), "name"));
        assertNull(resolve(new TwoCases("x"), "value"));
        assertNull(resolve(Map.of("name", "x"), "name"));
        assertNull(resolve("text", "length"));
    }

    /** Through an engine with and without the extension: the same text for every case above. */
    @Test
    void templatesReadTheSameWithAndWithoutIt() throws Exception {
        String template = "{{ p.name }}|{{ p.count }}|{{ p.open }}|{{ p.items[0] }}|{{ p.label }}|{{ p.toString }}|{{ g.name }}|{{ t.value }}|{{ h.name }}|{{ l.name }}";
        Map<String, Object> context = Map.of("p", new Plain("名<称", 3, true, List.of("a")), "g", new WithGetter("x"),
                "t", new TwoCases("x"), "h", new Hidden("隐"), "l", new Local("本"));
        assertEquals(render(template, context, false), render(template, context, true));
    }

    private static String render(String template, Map<String, Object> context, boolean ours) throws Exception {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true);
        if (ours) {
            builder.extension(new ThemeExtension(new TemplateText()));
        }
        StringWriter out = new StringWriter();
        builder.build().getTemplate(template).evaluate(out, context);
        return out.toString();
    }
}
