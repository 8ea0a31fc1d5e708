package org.gongkai.check;

import org.gongkai.model.Indicator;
import org.gongkai.model.Target;

/**
 * The unit should fit the indicator's name: a 率 (rate) or 比例 in %, a 次数 (count of events)
 * not in 人次 (person-visits), a 人次 not in plain 次. A hint only: the name may be what is off.
 */
public final class UnitHint extends Rule {

    public UnitHint() {
        super("unit-hint", Grade.NOTICE, "指标值的单位与指标名称相符（率用 %，次数不用人次）");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (Indicator row : s.indicators()) {
            Target t = row.reading();
            if (t == null || t.unit().isEmpty() || row.name() == null) {
                continue;
            }
            String name = row.name();
            String hint = null;
            if ((name.endsWith("率") || name.contains("率（") || name.contains("比例")) && !t.isPercent()) {
                hint = "名称是比率，指标值的单位却是“" + t.unit() + "”";
            } else if (name.contains("次数") && t.unit().equals("人次")) {
                hint = "名称是次数，指标值却以“人次”计";
            } else if (name.contains("人次") && t.unit().equals("次")) {
                hint = "名称是人次，指标值却以“次”计";
            }
            if (hint != null) {
                report.add(row.targetOrigin(), name, "指标“" + name + "”：" + hint + "（" + row.target() + "）");
            }
        }
    }
}
