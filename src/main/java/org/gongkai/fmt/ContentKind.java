package org.gongkai.fmt;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The two kinds of content file and the key order of each, as FORMAT.md lists them: the header
 * of the 绩效目标表 first, then budget, plan, goals and the indicator table. Keys the format does
 * not know keep their place after the known ones (the loader reports them; fmt only lays out).
 */
public enum ContentKind {
    DEPARTMENT(Orders.withForm(
            Map.entry("", List.of("draft", "code", "name", "short_name", "year", "unit", "units", "title", "overall_goal",
                    "item_goals", "measures", "overall_table", "rows", "sign_off", "notes", "disclosure", "attachments")),
            Map.entry("units", List.of("code", "name")),
            Map.entry("item_goals", List.of("name", "content", "goal", "indicator")),
            Map.entry("disclosure", List.of("index_number", "title", "publisher", "date", "category",
                    "document_number", "validity", "method", "labels")),
            Map.entry("overall_table", List.of("title", "labels", "amount_unit", "functions", "budget", "tasks",
                    "long_term_goals", "mid_term_goals", "overall_goals", "goals", "goal_labels", "indicator_titles",
                    "indicator_columns", "indicators", "rows", "tables", "sign_off", "notes", "layout", "silence")),
            Map.entry("tasks", List.of("name", "content", "amount", "printed")),
            Map.entry("labels", Orders.DEPARTMENT_LABELS))),
    PROJECT(Orders.withForm(
            Map.entry("", List.of("draft", "code", "name", "title", "labels", "unit", "order", "amount_unit", "attribute", "category",
                    "nature", "department_in_charge", "implementing_unit", "owner", "contact", "phone", "period",
                    "budget", "purpose", "schedule", "overview", "basis", "feasibility", "necessity",
                    "long_term_goals", "mid_term_goals", "overall_goals", "goals", "goal_labels", "indicator_titles",
                    "indicator_columns", "indicators", "measures", "rows", "tables", "sign_off", "notes", "attachments",
                    "layout", "silence")),
            Map.entry("period", List.of("start", "end")),
            Map.entry("labels", Orders.LABELS)));

    /** Key orders that stand under the same key in both kinds of file. */
    private static final class Orders {
        static final List<String> BUDGET = List.of("total", "total_label", "total_printed", "fiscal",
                "fiscal_printed", "other", "other_printed", "overall", "overall_label", "overall_printed", "sources");
        static final List<String> SOURCE = List.of("name", "amount", "printed", "term", "sources");
        static final List<String> INDICATOR = List.of("level1", "level2", "name", "description", "target", "basis",
                "term", "extra");
        static final List<String> ROW = List.of("section", "label", "value");
        /** The parts of a form (a project file, a department's overall_table) under their keys. */
        static final Map<String, List<String>> FORM = Map.of("budget", BUDGET, "sources", SOURCE,
                "indicators", INDICATOR, "indicator_columns", List.of("key", "heading"), "rows", ROW,
                "sign_off", ROW, "tables", List.of("title", "columns", "rows"),
                "silence", List.of("rule", "row", "reason"), "attachments", List.of("path", "title"));
        static final List<String> LABELS = List.copyOf(org.gongkai.model.FieldLabels.DEFAULTS.keySet());
        /** Under a department, labels are the overall table's fields' or the catalogue's (disclosure.labels). */
        static final List<String> DEPARTMENT_LABELS = java.util.stream.Stream.concat(LABELS.stream(),
                java.util.stream.Stream.of("index_number", "publisher", "date", "document_number", "title",
                        "validity", "method")).toList();

        /** A kind's own key orders with those of a form's parts. */
        @SafeVarargs
        static Map<String, List<String>> withForm(Map.Entry<String, List<String>>... own) {
            Map<String, List<String>> all = new java.util.HashMap<>(FORM);
            for (Map.Entry<String, List<String>> e : own) {
                all.put(e.getKey(), e.getValue());
            }
            return Map.copyOf(all);
        }
    }

    private final Map<String, List<String>> orders;

    ContentKind(Map<String, List<String>> orders) {
        this.orders = orders;
    }

    /** The key order of the mapping found under {@code parentKey} ("" for the file itself). */
    List<String> order(String parentKey) {
        return orders.getOrDefault(parentKey, List.of());
    }

    /** All key orders, by the key they sit under; for the test that keeps them in step with the loader. */
    public Map<String, List<String>> orders() {
        return orders;
    }

    /** department.yaml, or a file in a projects/ folder; null for anything else. */
    public static ContentKind of(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("department.yaml")) {
            return DEPARTMENT;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (name.endsWith(".yaml") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("projects")) {
            return PROJECT;
        }
        return null;
    }
}
