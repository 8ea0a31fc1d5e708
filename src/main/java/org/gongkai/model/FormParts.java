package org.gongkai.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a printed form beyond the 遵化 layout, shared by project forms and the department's
 * 整体支出绩效目标表. Goal lists are null when the form has no such heading, empty when it printed
 * the heading over a blank cell. Maps keep their printed order; {@code labels} holds the labels the
 * form printed for its named fields where they differ from the national form's.
 */
public record FormParts(
        String title,
        List<NamedText> texts,
        List<String> midTermGoals,
        List<String> overallGoals,
        Map<String, String> goalLabels,
        Map<String, String> indicatorTitles,
        List<IndicatorColumn> indicatorColumns,
        List<FormRow> rows,
        List<FormTable> tables,
        List<FormRow> signOff,
        List<String> notes,
        List<String> layout,
        Map<String, String> labels) {

    public static final FormParts NONE = new FormParts(null, List.of(), null, null, Map.of(), Map.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    public FormParts {
        texts = List.copyOf(texts);
        midTermGoals = midTermGoals == null ? null : List.copyOf(midTermGoals);
        overallGoals = overallGoals == null ? null : List.copyOf(overallGoals);
        goalLabels = ordered(goalLabels);
        indicatorTitles = ordered(indicatorTitles);
        indicatorColumns = List.copyOf(indicatorColumns);
        rows = List.copyOf(rows);
        tables = List.copyOf(tables);
        signOff = List.copyOf(signOff);
        notes = List.copyOf(notes);
        layout = List.copyOf(layout);
        labels = ordered(labels);
    }

    /** The label printed beside a named field: the form's own, or the national form's. */
    public String label(String key) {
        String own = labels.get(key);
        return own != null ? own : FieldLabels.DEFAULTS.get(key);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The text of a named row, or null. */
    public String text(String key) {
        for (NamedText t : texts) {
            if (t.key().equals(key)) {
                return t.value();
            }
        }
        return null;
    }

    /** Whether the indicator table has a 一级指标 column (always, unless its printed columns say otherwise). */
    public boolean hasLevel1Column() {
        return indicatorColumns.isEmpty() || indicatorColumns.stream().anyMatch(c -> "level1".equals(c.key()));
    }
}
