package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** One bar: a label and an amount exactly as disclosed (its label prints the amount, never a double). */
public record Bar(String label, BigDecimal value) {

    public Bar {
        Objects.requireNonNull(label);
        Objects.requireNonNull(value);
    }
}
