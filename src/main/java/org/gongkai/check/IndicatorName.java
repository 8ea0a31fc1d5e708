package org.gongkai.check;

import org.gongkai.model.Indicator;

/**
 * Each indicator row names its 三级指标. A blank cell is published as it is (the form printed it so),
 * with a warning: a row without a name cannot be told apart, compared or silenced by name.
 */
public final class IndicatorName extends Rule {

    public IndicatorName() {
        super("indicator-name", Grade.WARNING, "指标行填写了三级指标名称");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (Indicator row : s.indicators()) {
            if (row.name() == null || row.name().isBlank()) {
                report.add(row.origin(), null, "第 " + row.origin().line() + " 行的指标没有填写三级指标名称"
                        + (row.target() != null ? "（指标值“" + row.target() + "”）" : ""));
            }
        }
    }
}
