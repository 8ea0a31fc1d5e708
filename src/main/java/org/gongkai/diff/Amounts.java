package org.gongkai.diff;

import java.math.BigDecimal;

/** Amount changes in words: "预算数 12.00 → 15.00（+3.00，+25.0%）". */
public final class Amounts {

    private Amounts() {
    }

    public static String describe(BudgetChange b) {
        StringBuilder s = new StringBuilder(describe("预算数", b.total()));
        if (b.fiscal().changed()) {
            s.append("；").append(describe("财政资金", b.fiscal()));
        }
        if (b.other().changed()) {
            s.append("；").append(describe("其他资金", b.other()));
        }
        return s.toString();
    }

    public static String describe(String label, AmountChange a) {
        if (!a.changed()) {
            return label + " " + plain(a.after()) + "（未变）";
        }
        if (!a.comparable()) {
            return label + " " + plain(a.before()) + " → " + plain(a.after()) + "（金额单位不同，不作增减）";
        }
        return label + " " + plain(a.before()) + " → " + plain(a.after()) + "（" + delta(a) + "）";
    }

    /** "+3.00，+25.0%", or just the difference when there is no percentage to give. */
    public static String delta(AmountChange a) {
        BigDecimal percent = a.percent();
        return signed(a.delta()) + (percent != null ? "，" + signed(percent) + "%" : "");
    }

    /** A signed amount: +1.50, -0.85; blank for a blank. */
    public static String signed(BigDecimal value) {
        return value == null ? "" : (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    /**
     * An indicator row's "一级 / 二级 / 三级" as reports name it, blank levels left out (a table printed
     * without a 一级 or 二级 column, a row without a 三级 name).
     */
    public static String levels(org.gongkai.model.Indicator row) {
        return String.join(" / ", java.util.stream.Stream.of(row.level1(), row.level2(), row.name())
                .filter(java.util.Objects::nonNull).toList());
    }

    public static String plain(BigDecimal value) {
        return value == null ? "（空）" : value.toPlainString();
    }
}
