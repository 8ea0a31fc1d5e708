package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Indicator;

/**
 * Every indicator table needs 产出, 效益 and 满意度 indicators: a form with 年度 and 长期 tables
 * needs them in each. A table printed without a 一级指标 column has no classification to check.
 */
public final class IndicatorCategories extends Rule {

    private static final List<String> REQUIRED = List.of(Framework.OUTPUT, Framework.BENEFIT, Framework.SATISFACTION);

    public IndicatorCategories() {
        super("indicator-categories", Grade.WARNING, "每张指标表有产出、效益和满意度三类指标");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        if (!s.form().hasLevel1Column()) {
            return;
        }
        List<Subject.TermTable> tables = s.termTables();
        for (Subject.TermTable table : tables) {
            List<String> missing = new ArrayList<>(REQUIRED);
            for (Indicator row : table.rows()) {
                missing.remove(row.level1());
            }
            if (missing.isEmpty()) {
                continue;
            }
            // One table: reported on the form as before; several: on the first row of the table concerned.
            if (tables.size() == 1) {
                report.add(s.origin(), null, "缺少" + String.join("、", missing));
            } else {
                report.add(table.rows().get(0).origin(), null, table.title() + "缺少" + String.join("、", missing));
            }
        }
    }
}
