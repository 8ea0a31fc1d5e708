package org.gongkai.check;

import java.math.BigDecimal;
import org.gongkai.model.ScheduleEntry;

/** 资金支出计划 is cumulative: each month at least the one before, all within 0–100. */
public final class ScheduleOrder extends Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScheduleOrder() {
        super("schedule-order", Grade.ERROR, "资金支出计划为累计百分比：不下降，在 0–100 之间");
    }

    @Override
    public void check(Subject s, Report report) {
        ScheduleEntry previous = null;
        for (ScheduleEntry e : s.project().schedule()) {
            if (e.percent() == null) {
                continue;
            }
            if (e.percent().signum() < 0 || e.percent().compareTo(HUNDRED) > 0) {
                report.add(e.origin(), e.month() + "月底", e.month() + "月底的累计支出 " + e.percent().toPlainString()
                        + "% 不在 0–100 之间");
            }
            if (previous != null && e.percent().compareTo(previous.percent()) < 0) {
                report.add(e.origin(), e.month() + "月底", e.month() + "月底的累计支出 " + e.percent().toPlainString()
                        + "% 低于" + previous.month() + "月底的 " + previous.percent().toPlainString() + "%（应为累计数）");
            }
            previous = e;
        }
    }
}
