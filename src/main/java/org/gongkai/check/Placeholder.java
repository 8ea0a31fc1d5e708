package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.FormParts;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;

/** Placeholder text left in a disclosure: XX, ××, 待定, ***. */
public final class Placeholder extends Rule {

    /** Looked up with indexOf: a regex alternation of literals scans each text once per branch anyway. */
    private static final List<String> PLACEHOLDERS = List.of("XX", "xx", "××", "ｘｘ", "ＸＸ", "待定", "待补充", "***", "＊＊＊", "TBD");

    public Placeholder() {
        super("placeholder", Grade.WARNING, "没有留下占位文字（XX、××、待定、***）");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        for (String text : texts(s)) {
            if (isPlaceholder(text)) {
                report.add(s.origin(), null, "有占位文字：“" + clip(text) + "”");
            }
        }
        for (Indicator row : s.indicators()) {
            for (String cell : new String[] {row.name(), row.description(), row.target(), row.basis()}) {
                if (cell != null && isPlaceholder(cell)) {
                    Origin where = cell.equals(row.target()) ? row.targetOrigin() : row.origin();
                    report.add(where, row.name(), Subject.rowLabel(row) + "有占位文字：“" + clip(cell) + "”");
                }
            }
        }
    }

    /** The form's texts outside the indicator table: names, purpose, goals of every term, named rows. */
    private static List<String> texts(Subject s) {
        List<String> texts = new ArrayList<>();
        if (s.project() != null) {
            Project p = s.project();
            texts.addAll(List.of(nn(p.name()), nn(p.purpose())));
            texts.addAll(p.goals());
            texts.addAll(p.longTermGoals());
        } else {
            OverallTable t = s.department().overallTable();
            texts.add(nn(t.functions()));
            t.tasks().forEach(task -> texts.addAll(List.of(nn(task.name()), nn(task.content()))));
            texts.addAll(t.goals() == null ? List.of() : t.goals());
            texts.addAll(t.longTermGoals() == null ? List.of() : t.longTermGoals());
        }
        FormParts form = s.form();
        texts.addAll(form.midTermGoals() == null ? List.of() : form.midTermGoals());
        texts.addAll(form.overallGoals() == null ? List.of() : form.overallGoals());
        form.texts().forEach(t -> texts.add(nn(t.value())));
        return texts;
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
