package org.gongkai.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Indicator;

/** The same indicator (一级, 二级, 三级指标 and 指标值) twice in one indicator table (one term) of a form. */
public final class DuplicateRow extends Rule {

    public DuplicateRow() {
        super("duplicate-row", Grade.WARNING, "同一指标表中没有重复的指标行");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        Map<List<String>, Indicator> seen = new HashMap<>();
        for (Indicator row : s.indicators()) {
            List<String> key = java.util.Arrays.asList(Subject.term(row), row.level1(), row.level2(), row.name(),
                    row.target());
            Indicator first = seen.putIfAbsent(key, row);
            if (first != null) {
                report.add(row.origin(), row.name(), Subject.rowLabel(row) + "与第 " + first.origin().line()
                        + " 行重复" + (Objects.equals(first.description(), row.description()) ? "" : "（仅描述不同）"));
            }
        }
    }
}
