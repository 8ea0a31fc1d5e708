package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.FormParts;
import org.gongkai.model.FormRow;
import org.gongkai.model.FormTable;
import org.gongkai.model.NamedText;
import org.gongkai.model.Project;

/**
 * The rows of a project's form in the order the source printed them: the parts its {@code layout}
 * names first, then the others in the canonical order of the national form. A part is one kind of
 * row (identity, a named text, a generic row, budget, schedule, goals); the indicator tables and the
 * small tables follow the form in the same order.
 */
public record FormView(List<Part> parts, List<Part> after) {

    /**
     * One part: {@code kind} says which markup prints it; {@code text} and {@code row} carry a named
     * text or a generic row, {@code table} a small table.
     */
    public record Part(String kind, NamedText text, FormRow row, FormTable table) {
    }

    /** Parts printed inside the form table, in canonical order. */
    private static final List<String> CANONICAL = List.of("name", "attribute", "category", "nature",
            "department_in_charge", "implementing_unit", "owner", "contact", "phone", "period", "rows", "budget",
            "schedule", "overview", "basis", "feasibility", "necessity", "measures", "goals");
    private static final String[][] CANONICAL_KEYS = CANONICAL.stream().map(FormView::keys).toArray(String[][]::new);

    public static FormView of(Project p) {
        FormParts form = p.form();
        Map<String, List<Part>> byName = new LinkedHashMap<>();
        byName.put("name", List.of(simple("name")));
        byName.put("code", byName.get("name"));
        put(byName, "attribute", p.attribute() != null);
        put(byName, "department_in_charge", p.departmentInCharge() != null);
        put(byName, "owner", p.owner() != null);
        put(byName, "period", p.period() != null);
        for (NamedText t : form.texts()) {
            byName.put(t.key(), List.of(new Part("text", t, null, null)));
        }
        List<Part> rows = new ArrayList<>();
        for (FormRow r : form.rows()) {
            Part part = new Part("row", null, r, null);
            rows.add(part);
            byName.putIfAbsent("row:" + r.label(), List.of(part));
        }
        byName.put("rows", rows);
        put(byName, "budget", p.hasBudget() || p.purpose() != null);
        put(byName, "schedule", !p.schedule().isEmpty());
        byName.put("goals", List.of(simple("goals")));
        Map<String, List<Part>> afterByName = new LinkedHashMap<>();
        afterByName.put("indicators", List.of(simple("indicators")));
        List<Part> tables = new ArrayList<>();
        for (FormTable t : form.tables()) {
            Part part = new Part("table", null, null, t);
            tables.add(part);
            if (t.title() != null) {
                afterByName.putIfAbsent("table:" + t.title(), List.of(part));
            }
        }
        afterByName.put("tables", tables);

        List<Part> parts = new ArrayList<>();
        List<Part> after = new ArrayList<>();
        for (String name : form.layout()) {
            take(byName, afterByName, name, parts, after);
        }
        for (String[] keys : CANONICAL_KEYS) {
            take(byName, afterByName, keys, parts, after);
        }
        take(byName, afterByName, "indicators", parts, after);
        take(byName, afterByName, "tables", parts, after);
        return new FormView(List.copyOf(parts), List.copyOf(after));
    }

    private static Part simple(String kind) {
        return new Part(kind, null, null, null);
    }

    private static void put(Map<String, List<Part>> byName, String kind, boolean present) {
        if (present) {
            byName.put(kind, List.of(simple(kind)));
        }
    }

    /**
     * Moves the parts a layout entry names into place: a key, a generic row's label or a table's title
     * ("rows" and "tables" take the ones not placed yet). Each part is printed once.
     */
    private static void take(Map<String, List<Part>> byName, Map<String, List<Part>> afterByName, String name,
            List<Part> parts, List<Part> after) {
        take(byName, afterByName, keys(name), parts, after);
    }

    /** The keys a layout entry may name a part by, in the order they are looked up. */
    private static String[] keys(String name) {
        return new String[] {name, "row:" + name, "table:" + name};
    }

    // Loops, not streams: this runs some fifty times a project page, and the launchers' C1-compiled
    // code allocates every stream stage, iterator and capturing lambda, each lambda through a call
    // into the VM.
    private static void take(Map<String, List<Part>> byName, Map<String, List<Part>> afterByName, String[] keys,
            List<Part> parts, List<Part> after) {
        takeFrom(byName, keys, parts, parts, after);
        takeFrom(afterByName, keys, after, parts, after);
    }

    private static void takeFrom(Map<String, List<Part>> source, String[] keys, List<Part> out, List<Part> parts,
            List<Part> after) {
        for (String key : keys) {
            List<Part> found = source.get(key);
            if (found != null) {
                for (int i = 0; i < found.size(); i++) {
                    Part part = found.get(i);
                    if (!holds(parts, part) && !holds(after, part)) {
                        out.add(part);
                    }
                }
            }
        }
    }

    /** Whether {@code list} holds that very part. */
    private static boolean holds(List<Part> list, Part part) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == part) {
                return true;
            }
        }
        return false;
    }
}
