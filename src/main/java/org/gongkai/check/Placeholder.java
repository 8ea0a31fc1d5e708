package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.Project;

/** Placeholder text left in a disclosure: XX, ××, 待定, ***. */
public final class Placeholder implements Rule {

    private static final Pattern PLACEHOLDER = Pattern.compile("XX|xx|××|ｘｘ|ＸＸ|待定|待补充|\\*\\*\\*|＊＊＊|TBD");

    @Override
    public String id() {
        return "placeholder";
    }

    @Override
    public Grade grade() {
        return Grade.WARNING;
    }

    @Override
    public String title() {
        return "没有留下占位文字（XX、××、待定、***）";
    }

    @Override
    public void check(Subject s, Report report) {
        Project p = s.project();
        List<String> texts = new ArrayList<>(List.of(nn(p.name()), nn(p.purpose())));
        texts.addAll(p.goals());
        texts.addAll(p.longTermGoals());
        for (String text : texts) {
            if (PLACEHOLDER.matcher(text).find()) {
                report.add(p.origin(), null, "有占位文字：“" + clip(text) + "”");
            }
        }
        for (Indicator row : p.indicators()) {
            for (String cell : new String[] {row.name(), row.description(), row.target(), row.basis()}) {
                if (cell != null && PLACEHOLDER.matcher(cell).find()) {
                    Origin where = cell.equals(row.target()) ? row.targetOrigin() : row.origin();
                    report.add(where, row.name(), "指标“" + row.name() + "”有占位文字：“" + clip(cell) + "”");
                }
            }
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }
}
