package org.gongkai.check;

import java.math.BigDecimal;
import org.gongkai.model.Budget;

/** 财政资金 + 其他资金 must equal 预算数, in exact decimals; a blank 其他资金 counts as 0. */
public final class BudgetArithmetic extends Rule {

    public BudgetArithmetic() {
        super("budget-sum", Grade.ERROR, "财政资金与其他资金之和等于预算数");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        Budget b = s.budget();
        if (b.total() == null || b.fiscal() == null) {
            return;
        }
        BigDecimal parts = b.fiscal().add(b.other() == null ? BigDecimal.ZERO : b.other());
        if (parts.compareTo(b.total()) != 0) {
            report.add(s.budgetOrigin(), null, "财政资金 " + b.fiscal().toPlainString() + " 加其他资金 "
                    + (b.other() == null ? "（空，按 0 计）" : b.other().toPlainString()) + " 等于 "
                    + parts.toPlainString() + "，与预算数 " + b.total().toPlainString() + " 不符");
        }
    }
}
