package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Budget;
import org.gongkai.model.FundSource;
import org.gongkai.model.Origin;

/**
 * No amount of a form's budget is below zero: 预算数, 财政资金, 其他资金, the 总 budget and every named
 * fund source. A rule rather than a loader error: the file keeps the amount as the source wrote it,
 * and a reviewer who has confirmed the source can silence the finding with a reason, as with any
 * other error.
 */
public final class BudgetNegative extends Rule {

    public BudgetNegative() {
        super("budget-negative", Grade.ERROR, "预算金额（预算数、财政资金、其他资金、总预算、资金来源）不为负数");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        Budget b = s.budget();
        Origin at = s.budgetOrigin();
        negative(s, at, "预算数", b.total(), report);
        negative(s, at, "财政资金", b.fiscal(), report);
        negative(s, at, "其他资金", b.other(), report);
        negative(s, at, "总预算", s.budgetDetails().overall(), report);
        sources(s, s.budgetDetails().sources(), report);
    }

    private static void sources(Subject s, List<FundSource> sources, Report report) {
        for (FundSource source : sources) {
            negative(s, source.origin(), "资金来源“" + source.name() + "”", source.amount(), report);
            sources(s, source.sources(), report);
        }
    }

    private static void negative(Subject s, Origin at, String label, BigDecimal amount, Report report) {
        if (amount != null && amount.signum() < 0) {
            String prefix = s.isOverallTable() ? "部门整体支出绩效目标表：" : "";
            report.add(at, null, prefix + label + " " + amount.toPlainString() + " 是负数：预算金额不能为负");
        }
    }
}
