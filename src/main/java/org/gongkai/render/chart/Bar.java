package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar: a label and an amount exactly as disclosed (its label prints the amount, never a double).
 * {@code previous}: the earlier year's bar of a pair, drawn in another fill.
 */
public record Bar(String label, BigDecimal value, boolean previous) {

    public Bar {
        Objects.requireNonNull(label);
        Objects.requireNonNull(value);
    }

    public Bar(String label, BigDecimal value) {
        this(label, value, false);
    }
}
