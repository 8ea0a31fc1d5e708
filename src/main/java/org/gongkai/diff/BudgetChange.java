package org.gongkai.diff;

import org.gongkai.model.Budget;

/** 预算数, 财政资金 and 其他资金 before and after. */
public record BudgetChange(AmountChange total, AmountChange fiscal, AmountChange other) {

    static BudgetChange of(Budget before, Budget after) {
        return of(before, after, true);
    }

    /** {@code comparable} false: the two sides are in different money units, so no differences are made. */
    static BudgetChange of(Budget before, Budget after, boolean comparable) {
        Budget a = before == null ? Budget.EMPTY : before;
        Budget b = after == null ? Budget.EMPTY : after;
        return new BudgetChange(new AmountChange(a.total(), b.total(), comparable),
                new AmountChange(a.fiscal(), b.fiscal(), comparable), new AmountChange(a.other(), b.other(), comparable));
    }

    public boolean changed() {
        return total.changed() || fiscal.changed() || other.changed();
    }
}
