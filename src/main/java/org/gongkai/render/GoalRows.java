package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The goal rows of a form, per term in the order forms print them: 总体, 长期, 中期, then 年度. */
final class GoalRows {

    /** One row: its printed label and its goals (empty when the form printed the heading over a blank cell). */
    public record Row(String label, List<String> goals) {
    }

    private GoalRows() {
    }

    static List<Row> of(List<String> overall, List<String> longTerm, List<String> midTerm, List<String> annual,
            Map<String, String> labels) {
        List<Row> rows = new ArrayList<>();
        if (overall != null) {
            rows.add(new Row(labels.getOrDefault("总体", "总体目标"), overall));
        }
        if (longTerm != null && !longTerm.isEmpty()) {
            rows.add(new Row(labels.getOrDefault("长期", "长期目标"), longTerm));
        }
        if (midTerm != null) {
            rows.add(new Row(labels.getOrDefault("中期", "中期目标"), midTerm));
        }
        rows.add(new Row(labels.getOrDefault("年度", rows.isEmpty() ? "绩效目标" : "年度目标"),
                annual == null ? List.of() : annual));
        return rows;
    }
}
