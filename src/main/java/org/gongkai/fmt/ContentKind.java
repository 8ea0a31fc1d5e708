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
    DEPARTMENT(Map.of(
            "", List.of("code", "name", "short_name", "year", "unit", "units", "overall_goal", "item_goals",
                    "measures", "disclosure"),
            "units", List.of("code", "name"),
            "item_goals", List.of("name", "content", "goal", "indicator"),
            "disclosure", List.of("index_number", "publisher", "date", "category", "document_number"))),
    PROJECT(Map.of(
            "", List.of("code", "name", "unit", "order", "attribute", "department_in_charge", "owner", "period",
                    "budget", "purpose", "schedule", "long_term_goals", "goals", "indicators", "silence"),
            "period", List.of("start", "end"),
            "budget", List.of("total", "fiscal", "other"),
            "indicators", List.of("level1", "level2", "name", "description", "target", "basis", "term"),
            "silence", List.of("rule", "row", "reason")));

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
