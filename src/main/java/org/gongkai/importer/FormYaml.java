package org.gongkai.importer;

import java.util.List;
import java.util.Map;
import org.gongkai.fmt.ContentKind;
import org.gongkai.fmt.Formatter;

/**
 * Forms read by labels → content files with format.md's keys for the whole family: named
 * fields, budget with sources, goals and indicator tables per term, generic rows and tables,
 * sign-off, notes and the printed layout. Written simply, then canonicalised by {@link Formatter}.
 */
final class FormYaml {

    private final StringBuilder out = new StringBuilder();

    private FormYaml() {
    }

    /** The project file of {@code form}; {@code code} only when the printed code is its file name. */
    static String project(FormDraft form, String name, String code, String departmentUnit, int order) {
        FormYaml y = new FormYaml();
        y.incomplete(form.findings);
        if (code != null) {
            y.text(0, "code", code);
        }
        y.text(0, "name", name);
        if (form.unitName != null) {
            y.text(0, "unit", form.unitName);
        }
        y.raw(0, "order", Integer.toString(order));
        y.form(0, form, departmentUnit);
        return y.format(ContentKind.PROJECT);
    }

    static String department(FormDepartment d, String name, String year, String unit, List<String> units) {
        FormYaml y = new FormYaml();
        y.incomplete(d.findings.isEmpty() ? List.of(new Finding("", "",
                "来源中没有第一部分（总体绩效目标、分项绩效目标、工作保障措施）")) : d.findings);
        y.text(0, "name", name);
        y.raw(0, "year", year);
        y.text(0, "unit", unit);
        if (!units.isEmpty()) {
            y.key(0, "units");
            units.forEach(u -> y.item(2, "name", u));
        }
        if (d.overallTable != null) {
            y.key(0, "overall_table");
            if (d.overallTable.title != null) {
                y.text(2, "title", d.overallTable.title);
            }
            if (d.overallTable.amountUnit != null) {
                y.text(2, "amount_unit", d.overallTable.amountUnit);
            }
            y.form(2, d.overallTable, null);
        }
        y.rows(0, "rows", d.rows);
        y.rows(0, "sign_off", d.signOff);
        y.strings(0, "notes", d.notes);
        if (!d.disclosure.isEmpty()) {
            y.key(0, "disclosure");
            d.disclosure.forEach((k, v) -> {
                if (k.equals("date") && v != null) {
                    y.raw(2, k, v.contains(" ") ? YamlText.quote(v) : v);
                } else {
                    y.text(2, k, v);
                }
            });
            y.map(2, "labels", d.disclosureLabels);
        }
        return y.format(ContentKind.DEPARTMENT);
    }

    /** The keys of a form, at {@code indent}: a project's, or a department's overall_table. */
    private void form(int indent, FormDraft form, String departmentUnit) {
        if (!form.overall) {
            if (form.title != null) {
                text(indent, "title", form.title);
            }
            if (form.amountUnit != null && !form.amountUnit.equals(departmentUnit)) {
                text(indent, "amount_unit", form.amountUnit);
            }
        }
        map(indent, "labels", form.fieldLabels);
        form.fields.forEach((k, v) -> {
            if (!k.equals("name") || form.overall) {
                text(indent, form.overall && k.equals("name") ? "name" : k, v);
            }
        });
        BudgetResolver.Budget budget = BudgetResolver.resolve(form.money);
        if (budget != null) {
            budget(indent, budget);
            for (FormDraft.Money m : budget.more()) {
                form.rows.add(new FormDraft.Row(null, m.label(), m.amount().printed() != null ? m.amount().printed()
                        : m.amount().number()));
            }
        }
        goals(indent, form, "长期", "long_term_goals");
        goals(indent, form, "中期", "mid_term_goals");
        goals(indent, form, "总体", "overall_goals");
        goals(indent, form, "年度", "goals");
        map(indent, "goal_labels", form.goalLabels);
        if (!form.indicators.isEmpty()) {
            keepFirstLevel1(form);
            map(indent, "indicator_titles", form.indicatorTitles);
            key(indent, "indicator_columns");
            for (FormDraft.Column c : form.columns) {
                if (c.key() != null) {
                    item(indent + 2, "key", c.key());
                    text(indent + 4, "heading", c.heading());
                } else {
                    item(indent + 2, "heading", c.heading());
                }
            }
            boolean terms = form.indicators.stream().anyMatch(i -> !"年度".equals(i.term));
            key(indent, "indicators");
            for (FormDraft.Indicator i : form.indicators) {
                indicator(indent + 2, i, terms);
            }
        }
        rows(indent, "rows", form.rows);
        if (!form.tables.isEmpty()) {
            key(indent, "tables");
            for (FormDraft.Table t : form.tables) {
                item(indent + 2, "title", t.title());
                key(indent + 4, "columns");
                t.columns().forEach(c -> line(indent + 6, "- " + YamlText.quote(c)));
                if (t.rows().isEmpty()) {
                    raw(indent + 4, "rows", "[]");
                } else {
                    key(indent + 4, "rows");
                    for (List<String> row : t.rows()) {
                        for (int i = 0; i < row.size(); i++) {
                            line(indent + 6, (i == 0 ? "- - " : "  - ") + YamlText.quote(row.get(i)));
                        }
                        if (row.isEmpty()) {
                            line(indent + 6, "- []");
                        }
                    }
                }
            }
        }
        rows(indent, "sign_off", form.signOff);
        strings(indent, "notes", form.notes);
        strings(indent, "layout", form.layout);
        if (!form.overall && budget != null && budget.sourcesDisagree()) {
            key(indent, "silence");
            item(indent + 2, "rule", "budget-sources");
            text(indent + 4, "reason", "导入时照录原表：原表各项资金来源之和与总额不一致");
        }
    }

    /**
     * A table whose first row has a blank 一级 cell cannot use the "same as above" of later rows: its
     * 一级 column is then kept as a column by its heading, each cell as printed.
     */
    private static void keepFirstLevel1(FormDraft form) {
        FormDraft.Indicator first = form.indicators.get(0);
        int at = -1;
        for (int i = 0; i < form.columns.size(); i++) {
            if ("level1".equals(form.columns.get(i).key())) {
                at = i;
            }
        }
        if (at < 0 || first.fields.get("level1") != null) {
            return;
        }
        String heading = form.columns.get(at).heading();
        form.columns.set(at, new FormDraft.Column(null, heading));
        for (FormDraft.Indicator i : form.indicators) {
            java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
            extra.put(heading, i.fields.remove("level1"));
            extra.putAll(i.extra);
            i.extra.clear();
            i.extra.putAll(extra);
        }
    }

    private void budget(int indent, BudgetResolver.Budget b) {
        key(indent, "budget");
        int in = indent + 2;
        amount(in, "total", b.total());
        if (b.overall() != null) {
            amount(in, "overall", b.overall());
        }
        if (!b.sources().isEmpty()) {
            key(in, "sources");
            sources(in + 2, b.sources());
        }
    }

    private void amount(int indent, String key, FormDraft.Money m) {
        raw(indent, key, m == null ? null : m.amount().number());
        if (m == null) {
            return;
        }
        text(indent, key + "_label", m.label());
        if (m.amount().printed() != null) {
            text(indent, key + "_printed", m.amount().printed());
        }
    }

    private void sources(int indent, List<BudgetResolver.Source> sources) {
        for (BudgetResolver.Source s : sources) {
            item(indent, "name", s.money().label());
            raw(indent + 2, "amount", s.money().amount().number());
            if (s.money().amount().printed() != null) {
                text(indent + 2, "printed", s.money().amount().printed());
            }
            if (s.term() != null) {
                text(indent + 2, "term", s.term());
            }
            if (!s.nested().isEmpty()) {
                key(indent + 2, "sources");
                sources(indent + 4, s.nested());
            }
        }
    }

    private void goals(int indent, FormDraft form, String term, String key) {
        List<String> goals = form.goals.get(term);
        if (goals == null) {
            return;
        }
        strings(indent, key, goals);
        if (goals.isEmpty()) {
            raw(indent, key, "[]");
        }
    }

    private void indicator(int indent, FormDraft.Indicator i, boolean terms) {
        boolean first = true;
        for (Map.Entry<String, String> e : i.fields.entrySet()) {
            line(indent, (first ? "- " : "  ") + e.getKey() + ": " + YamlText.quote(e.getValue()));
            first = false;
        }
        if (terms && !i.fields.containsKey("term")) {
            line(indent, (first ? "- " : "  ") + "term: " + YamlText.quote(i.term));
            first = false;
        }
        if (!i.extra.isEmpty()) {
            line(indent, (first ? "- " : "  ") + "extra:");
            first = false;
            i.extra.forEach((k, v) -> line(indent + 4, YamlText.quote(k) + ": " + YamlText.quote(v)));
        }
        if (first) {
            line(indent, "- {}");
        }
    }

    private void rows(int indent, String key, List<FormDraft.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        key(indent, key);
        for (FormDraft.Row r : rows) {
            if (r.section() != null) {
                item(indent + 2, "section", r.section());
                text(indent + 4, "label", r.label());
            } else {
                item(indent + 2, "label", r.label());
            }
            text(indent + 4, "value", r.value());
        }
    }

    private void map(int indent, String key, Map<String, String> map) {
        if (map.isEmpty()) {
            return;
        }
        key(indent, key);
        map.forEach((k, v) -> text(indent + 2, k, v));
    }

    private void strings(int indent, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        key(indent, key);
        values.forEach(v -> line(indent + 2, "- " + YamlText.quote(v)));
    }

    private void incomplete(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append(org.gongkai.model.Department.INCOMPLETE_MARK + "：以下内容没有读到或未能归入，请对照原文补全后删去这段注释\n");
        for (Finding f : findings) {
            String at = (f.source() + " " + f.where()).strip();
            out.append("#   ").append(at.isEmpty() ? "" : at + "：").append(f.message().replace('\n', ' ')).append('\n');
        }
    }

    private void key(int indent, String key) {
        line(indent, key + ":");
    }

    private void item(int indent, String key, String value) {
        line(indent, "- " + key + ": " + YamlText.quote(value));
    }

    private void text(int indent, String key, String value) {
        line(indent, key + ": " + YamlText.quote(value));
    }

    private void raw(int indent, String key, String value) {
        line(indent, key + ": " + (value == null ? "null" : value));
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private String format(ContentKind kind) {
        try {
            return Formatter.format(out.toString(), kind);
        } catch (Formatter.FormatException e) {
            throw new IllegalStateException("导入生成的 YAML 无法整理：" + e.getMessage() + "\n" + out, e);
        }
    }
}
