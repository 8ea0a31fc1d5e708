package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * 预算规模: amounts exactly as written (BigDecimal keeps the scale, so 51.00 stays 51.00).
 * A null amount is a blank cell in the source, which is not the same as 0.
 */
public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {

    public static final Budget EMPTY = new Budget(null, null, null);

    /** Column sums; a column that is blank everywhere stays blank. */
    public static Budget sum(List<Budget> budgets) {
        BigDecimal total = null;
        BigDecimal fiscal = null;
        BigDecimal other = null;
        for (Budget b : budgets) {
            total = add(total, b.total);
            fiscal = add(fiscal, b.fiscal);
            other = add(other, b.other);
        }
        return new Budget(total, fiscal, other);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }
}
