package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a form printed its budget, beyond the three amounts of {@link Budget}: printed labels and texts
 * (年度资金总额, 854万(…)), the 总 budget beside the 当年 one, and the named fund sources in order.
 * Every field is null (or empty) when the form did not print it.
 */
public record BudgetDetails(
        String totalLabel,
        String totalPrinted,
        String fiscalPrinted,
        String otherPrinted,
        BigDecimal overall,
        String overallLabel,
        String overallPrinted,
        List<FundSource> sources) {

    public static final BudgetDetails NONE = new BudgetDetails(null, null, null, null, null, null, null, List.of());

    public BudgetDetails {
        sources = List.copyOf(sources);
    }

    public boolean hasOverall() {
        return overall != null || overallLabel != null || overallPrinted != null;
    }
}
