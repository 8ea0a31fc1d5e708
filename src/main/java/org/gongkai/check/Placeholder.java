package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.Project;

/** Placeholder text left in a disclosure: XX, ××, 待定, ***. */
public final class Placeholder extends Rule {

    /** Looked up with indexOf: a regex alternation of literals scans each text once per branch anyway. */
    private static final List<String> PLACEHOLDERS = List.of("XX", "xx", "××", "ｘｘ", "ＸＸ", "待定", "待补充", "***", "＊＊＊", "TBD");

    public Placeholder() {
        super("placeholder", Grade.WARNING, "没有留下占位文字（XX、××、待定、***）");
    }

    @Override
    public void check(Subject s, Report report) {
        Project p = s.project();
        List<String> texts = new ArrayList<>(List.of(nn(p.name()), nn(p.purpose())));
        texts.addAll(p.goals());
        texts.addAll(p.longTermGoals());
        for (String text : texts) {
            if (isPlaceholder(text)) {
                report.add(p.origin(), null, "有占位文字：“" + clip(text) + "”");
            }
        }
        for (Indicator row : p.indicators()) {
            for (String cell : new String[] {row.name(), row.description(), row.target(), row.basis()}) {
                if (cell != null && isPlaceholder(cell)) {
                    Origin where = cell.equals(row.target()) ? row.targetOrigin() : row.origin();
                    report.add(where, row.name(), "指标“" + row.name() + "”有占位文字：“" + clip(cell) + "”");
                }
            }
        }
    }

    static boolean isPlaceholder(String text) {
        // One pass for the characters placeholders start with; most texts have none of them.
        boolean candidate = false;
        for (int i = 0; i < text.length() && !candidate; i++) {
            candidate = "Xx×ｘＸ待*＊T".indexOf(text.charAt(i)) >= 0;
        }
        if (!candidate) {
            return false;
        }
        for (String p : PLACEHOLDERS) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }
}
