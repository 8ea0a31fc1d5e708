package org.gongkai.check;

import org.gongkai.model.Indicator;

/**
 * 一级指标 and 二级指标 belong to the site's framework profile, and each 二级指标 sits under its
 * own 一级指标. An odd classification is the department's record: a notice. In a table printed
 * without a 一级指标 column only the 二级指标 is looked up.
 */
public final class FrameworkLevels extends Rule {

    public FrameworkLevels() {
        super("framework-levels", Grade.NOTICE, "一级、二级指标符合站点选用的指标体系");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        Framework f = s.framework();
        for (Indicator row : s.indicators()) {
            String level1 = row.level1();
            if (level1 != null && !f.levels().containsKey(level1)) {
                report.add(row.origin(), row.name(), "一级指标“" + level1 + "”不属于" + f.name()
                        + " 指标体系（" + String.join("、", f.levels().keySet()) + "）");
                continue;
            }
            if (row.level2() == null) {
                continue;
            }
            String home = f.levelOf(row.level2());
            if (home == null) {
                report.add(row.origin(), row.name(), "二级指标“" + row.level2() + "”不属于" + f.name() + " 指标体系");
            } else if (level1 != null && !home.equals(level1)) {
                report.add(row.origin(), row.name(), "二级指标“" + row.level2() + "”应在“" + home + "”之下，这里在“"
                        + level1 + "”之下");
            }
        }
    }
}
