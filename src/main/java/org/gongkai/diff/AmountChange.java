package org.gongkai.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One amount before and after; a blank cell is null, and null → 5 is not the same as 0 → 5.
 * {@code comparable} is false when the two sides are in different money units (万元 and 元): the
 * amounts are shown, never subtracted.
 */
public record AmountChange(BigDecimal before, BigDecimal after, boolean comparable) {

    public AmountChange(BigDecimal before, BigDecimal after) {
        this(before, after, true);
    }

    public boolean changed() {
        if (before == null || after == null) {
            return before != after;
        }
        return !comparable || before.compareTo(after) != 0;
    }

    /** after − before, blanks counted as 0; null when both are blank or the units differ. */
    public BigDecimal delta() {
        if (!comparable || before == null && after == null) {
            return null;
        }
        return orZero(after).subtract(orZero(before));
    }

    /** The change in percent of before, to one decimal; null when before is blank or zero, or the units differ. */
    public BigDecimal percent() {
        if (!comparable || before == null || after == null || before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
