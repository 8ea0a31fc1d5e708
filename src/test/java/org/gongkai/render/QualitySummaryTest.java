package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.model.Origin;
import org.junit.jupiter.api.Test;

class QualitySummaryTest {

    private static Finding finding(String rule, Grade grade, String silenced) {
        return new Finding(rule, grade, Origin.ofFile("content/2024/100001/projects/A1.yaml"), null, null, "说明", silenced);
    }

    @Test
    void countsEachRuleByGradeWithSilencedApartInTheDocumentedOrder() {
        List<QualitySummary.Row> rows = QualitySummary.of(List.of(
                finding("target-missing", Grade.WARNING, null),
                finding("budget-sum", Grade.ERROR, null),
                finding("target-missing", Grade.ERROR, null), // regraded in site.yaml
                finding("target-missing", Grade.WARNING, "已核实"),
                finding("budget-sum", Grade.ERROR, null)));
        assertEquals(List.of(
                new QualitySummary.Row("budget-sum", "财政资金与其他资金之和等于预算数", "rule-budget-sum", 2, 0, 0, 0),
                new QualitySummary.Row("target-missing", "指标值和指标值确定依据已填写", "rule-target-missing", 1, 1, 0, 1)), rows);
        assertEquals(3, rows.get(1).total());
        QualitySummary.Row total = QualitySummary.total(rows);
        assertEquals(List.of(3L, 1L, 0L, 1L, 5L),
                List.of(total.errors(), total.warnings(), total.notices(), total.silenced(), total.total()));
    }

    @Test
    void aRuleWithoutFindingsIsLeftOut() {
        assertEquals(List.of(), QualitySummary.of(List.of()));
    }
}
