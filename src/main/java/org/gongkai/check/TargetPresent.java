package org.gongkai.check;

import org.gongkai.model.Indicator;

/** Each row discloses 指标值 and 指标值确定依据. A gap is published as it is, with a warning. */
public final class TargetPresent extends Rule {

    public TargetPresent() {
        super("target-missing", Grade.WARNING, "指标值和指标值确定依据已填写");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (Indicator row : s.indicators()) {
            if (row.target() == null || row.target().isBlank()) {
                report.add(row.origin(), row.name(), Subject.rowLabel(row) + "没有填写指标值");
            }
            if (row.basis() == null || row.basis().isBlank()) {
                report.add(row.origin(), row.name(), Subject.rowLabel(row) + "没有填写指标值确定依据");
            }
        }
    }
}
