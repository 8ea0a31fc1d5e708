package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.ScheduleEntry;

/**
 * The plan should reach 100% by 12月底, with no blank month. A gap is the department's record,
 * published as it is: a warning for the reviewer, never a blocked build.
 */
public final class ScheduleComplete extends Rule {

    public ScheduleComplete() {
        super("schedule-complete", Grade.WARNING, "资金支出计划没有空白月份，12月底达到 100%");
    }

    @Override
    public void check(Subject s, Report report) {
        List<ScheduleEntry> plan = s.project().schedule();
        if (plan.isEmpty()) {
            report.add(s.project().origin(), null, "没有填写资金支出计划");
            return;
        }
        for (ScheduleEntry e : plan) {
            if (e.percent() == null) {
                report.add(e.origin(), e.month() + "月底", "资金支出计划的" + e.month() + "月底为空白");
            }
        }
        ScheduleEntry last = plan.get(plan.size() - 1);
        if (last.percent() != null && (last.month() != 12 || last.percent().compareTo(BigDecimal.valueOf(100)) != 0)) {
            report.add(last.origin(), last.month() + "月底", "资金支出计划到" + last.month() + "月底为 "
                    + last.percent().toPlainString() + "%，未在 12 月底达到 100%");
        }
    }
}
