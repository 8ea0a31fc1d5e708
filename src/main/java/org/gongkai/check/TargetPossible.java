package org.gongkai.check;

import java.math.BigDecimal;
import org.gongkai.model.Indicator;
import org.gongkai.model.Target;

/**
 * A percentage above 100, or "≥100%" (more than everyone), cannot be met as written — most often
 * a satisfaction rate of "≥100%" where "=100%" or "≥95%" was meant.
 */
public final class TargetPossible extends Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TargetPossible() {
        super("target-impossible", Grade.WARNING, "百分比指标值不超过 100%");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (Indicator row : s.indicators()) {
            Target t = row.reading();
            if (t == null || !t.isPercent()) {
                continue;
            }
            int c = t.value().compareTo(HUNDRED);
            String name = row.name() == null ? "" : row.name();
            boolean rate = name.contains("率") || name.contains("满意") || name.contains("比例");
            if (c > 0 && rate) {
                report.add(row.targetOrigin(), row.name(), Subject.rowLabel(row) + "的指标值“" + row.target()
                        + "”超过 100%");
            } else if (c == 0 && (">".equals(t.operator()) || "≥".equals(t.operator()))) {
                report.add(row.targetOrigin(), row.name(), Subject.rowLabel(row) + "的指标值“" + row.target()
                        + "”要求不低于 100%，只能恰好达到（是否应为 =100% 或更低的下限？）");
            }
        }
    }
}
