package org.gongkai.diff;

import org.gongkai.model.Budget;

/** 预算数, 财政资金 and 其他资金 before and after. */
public record BudgetChange(AmountChange total, AmountChange fiscal, AmountChange other) {

    static BudgetChange of(Budget before, Budget after) {
        Budget a = before == null ? Budget.EMPTY : before;
        Budget b = after == null ? Budget.EMPTY : after;
        return new BudgetChange(new AmountChange(a.total(), b.total()), new AmountChange(a.fiscal(), b.fiscal()),
                new AmountChange(a.other(), b.other()));
    }

    public boolean changed() {
        return total.changed() || fiscal.changed() || other.changed();
    }
}
