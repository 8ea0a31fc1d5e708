package org.gongkai.check;

import java.util.regex.Pattern;
import org.gongkai.model.Indicator;

/**
 * A target that looks quantitative (it has a digit or a comparison) should read as operator +
 * number + unit, so it can be compared year to year; "95%-100%" or "≥九十" cannot.
 */
public final class TargetReadable extends Rule {

    private static final Pattern QUANTITATIVE = Pattern.compile("[0-9０-９≥≤><=＞＜＝]");

    public TargetReadable() {
        super("target-unreadable", Grade.NOTICE, "定量的指标值写成“运算符 数值 单位”");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (Indicator row : s.indicators()) {
            if (row.target() != null && row.reading() == null
                    && QUANTITATIVE.matcher(row.target()).find()) {
                report.add(row.targetOrigin(), row.name(), "指标值“" + row.target()
                        + "”像是定量的，但不能读作“运算符 数值 单位”（如 ≥95%）");
            }
        }
    }
}
