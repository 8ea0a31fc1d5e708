package org.gongkai.search;

import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.FormParts;
import org.gongkai.model.FormRow;
import org.gongkai.model.FormTable;
import org.gongkai.model.FundSource;
import org.gongkai.model.Indicator;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;

/**
 * The searched, not shown, text of the keys of the wider form family: named rows (项目概况, 实施单位…),
 * 中期 and 总体 goals, generic rows (label and value), small tables (title, headings,
 * cells), notes, fund source names, and a department's 整体支出绩效目标表. Each is "" when a form has
 * none of them, so the index of older content stays byte for byte what it was.
 */
final class FormTexts {

    private FormTexts() {
    }

    static String of(Project p) {
        StringBuilder s = new StringBuilder();
        form(s, p.form());
        sources(s, p.budgetDetails().sources());
        return s.toString();
    }

    static String of(Department d) {
        StringBuilder s = new StringBuilder();
        form(s, d.form());
        OverallTable t = d.overallTable();
        if (t != null) {
            add(s, t.functions());
            t.tasks().forEach(task -> add(s, List.of(nn(task.name()), nn(task.content()))));
            add(s, t.goals());
            add(s, t.longTermGoals());
            form(s, t.form());
            sources(s, t.budgetDetails().sources());
            for (Indicator row : t.indicators()) {
                add(s, List.of(nn(row.level2()), nn(row.name()), nn(row.description()), nn(row.target())));
                add(s, extra(row));
            }
        }
        return s.toString();
    }

    /** The cells of a row's extra columns (分值, 备注…). */
    static String extra(Indicator row) {
        StringBuilder s = new StringBuilder();
        for (String v : row.extra().values()) { // a loop: a stream's stages cost C1-compiled code an allocation each
            if (v != null) {
                add(s, v);
            }
        }
        return s.toString();
    }

    private static void form(StringBuilder s, FormParts f) {
        add(s, f.title());
        f.texts().forEach(t -> add(s, t.value()));
        add(s, f.midTermGoals());
        add(s, f.overallGoals());
        for (FormRow r : f.rows()) {
            add(s, r.label());
            add(s, r.value());
        }
        for (FormTable t : f.tables()) {
            add(s, t.title());
            add(s, t.columns());
            t.rows().forEach(row -> add(s, row));
        }
        add(s, f.notes());
    }

    private static void sources(StringBuilder s, List<FundSource> sources) {
        for (FundSource source : sources) {
            add(s, source.name());
            add(s, source.printed());
            sources(s, source.sources());
        }
    }

    private static void add(StringBuilder s, List<String> texts) {
        if (texts != null) {
            texts.forEach(t -> add(s, t));
        }
    }

    private static void add(StringBuilder s, String text) {
        if (text != null && !text.isEmpty()) {
            s.append(' ').append(text);
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
