package org.gongkai.check;

import java.util.List;
import org.gongkai.model.Indicator;

/** Every project needs 产出, 效益 and 满意度 indicators. */
public final class IndicatorCategories extends Rule {

    private static final List<String> REQUIRED = List.of(Framework.OUTPUT, Framework.BENEFIT, Framework.SATISFACTION);

    public IndicatorCategories() {
        super("indicator-categories", Grade.WARNING, "项目有产出、效益和满意度三类指标");
    }

    @Override
    public void check(Subject s, Report report) {
        List<String> missing = new java.util.ArrayList<>(REQUIRED);
        for (Indicator row : s.project().indicators()) {
            missing.remove(row.level1());
        }
        if (!missing.isEmpty()) {
            report.add(s.project().origin(), null, "缺少" + String.join("、", missing));
        }
    }
}
