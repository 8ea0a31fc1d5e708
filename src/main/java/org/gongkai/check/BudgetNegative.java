package org.gongkai.check;

import java.math.BigDecimal;
import org.gongkai.model.Budget;
import org.gongkai.model.Project;

/**
 * 预算数, 财政资金 and 其他资金 are never below zero. A rule rather than a loader error: the
 * file keeps the amount as the source wrote it, and a reviewer who has confirmed the source can
 * silence the finding with a reason, as with any other error.
 */
public final class BudgetNegative extends Rule {

    public BudgetNegative() {
        super("budget-negative", Grade.ERROR, "预算数、财政资金、其他资金不为负数");
    }

    @Override
    public void check(Subject s, Report report) {
        Project p = s.project();
        Budget b = p.budget();
        negative(p, "预算数", b.total(), report);
        negative(p, "财政资金", b.fiscal(), report);
        negative(p, "其他资金", b.other(), report);
    }

    private static void negative(Project p, String label, BigDecimal amount, Report report) {
        if (amount != null && amount.signum() < 0) {
            report.add(p.budgetOrigin(), null, label + " " + amount.toPlainString() + " 是负数：预算金额不能为负");
        }
    }
}
