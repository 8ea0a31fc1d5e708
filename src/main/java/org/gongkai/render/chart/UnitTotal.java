package org.gongkai.render.chart;

import java.math.BigDecimal;

/** A sum in one money unit, exactly as the amounts were disclosed. */
public record UnitTotal(String unit, BigDecimal amount) {

    public String text() {
        return amount.toPlainString() + " " + unit;
    }
}
