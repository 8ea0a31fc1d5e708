package org.gongkai.importer;

import java.util.List;
import java.util.Map;
import org.gongkai.fmt.ContentKind;
import org.gongkai.fmt.Formatter;

/**
 * Drafts → the text of content files. Everything is written simply (text double-quoted, amounts
 * as read) and then passed through {@link Formatter}, so the output is the canonical form of
 * {@code gongkai fmt} by construction rather than by imitation.
 */
final class YamlText {

    private final StringBuilder out = new StringBuilder();

    private YamlText() {
    }

    static String department(Drafts.Department d, String year, String shortName) {
        YamlText y = new YamlText();
        y.incomplete(d.hasPartOne ? d.findings
                : List.of(new Finding("", "", "来源中没有第一部分（总体绩效目标、分项绩效目标、工作保障措施）")));
        y.text(0, "code", d.code);
        y.text(0, "name", d.name);
        if (shortName != null) {
            y.text(0, "short_name", shortName);
        }
        y.raw(0, "year", year);
        if (d.unit != null) {
            y.text(0, "unit", d.unit);
        }
        if (!d.units.isEmpty()) {
            y.key(0, "units");
            d.units.forEach((code, name) -> {
                y.item(2, "code", code);
                y.text(4, "name", name);
            });
        }
        if (!d.overall.isEmpty()) {
            y.text(0, "overall_goal", String.join("\n\n", d.overall) + "\n");
        }
        if (!d.items.isEmpty()) {
            y.key(0, "item_goals");
            for (Drafts.Item it : d.items) {
                y.item(2, "name", it.name);
                if (!it.content.isEmpty()) {
                    y.text(4, "content", String.join("\n\n", it.content));
                }
                if (it.goal != null) {
                    y.text(4, "goal", it.goal);
                }
                if (it.indicator != null) {
                    y.text(4, "indicator", it.indicator);
                }
            }
        }
        if (!d.measures.isEmpty()) {
            y.text(0, "measures", String.join("\n\n", d.measures) + "\n");
        }
        return y.format(ContentKind.DEPARTMENT);
    }

    static String project(Drafts.Project p, int order) {
        YamlText y = new YamlText();
        y.incomplete(p.findings);
        Map<String, String> f = p.fields;
        y.text(0, "code", f.get("code"));
        y.text(0, "name", f.get("name"));
        if (p.unit != null) {
            y.text(0, "unit", p.unit.code());
        }
        y.raw(0, "order", Integer.toString(order));
        for (String key : List.of("attribute", "department_in_charge", "owner")) {
            if (f.containsKey(key)) {
                y.text(0, key, f.get(key));
            }
        }
        if (f.containsKey("period.start") || f.containsKey("period.end")) {
            y.key(0, "period");
            y.text(2, "start", f.get("period.start"));
            y.text(2, "end", f.get("period.end"));
        }
        if (!p.budget.isEmpty()) {
            y.key(0, "budget");
            p.budget.forEach((k, v) -> y.raw(2, k, v));
        }
        if (f.containsKey("purpose")) {
            y.text(0, "purpose", f.get("purpose"));
        }
        if (!p.schedule.isEmpty()) {
            y.key(0, "schedule");
            p.schedule.forEach((month, v) -> y.raw(2, month.toString(), v));
        }
        y.list("long_term_goals", p.longTermGoals);
        y.list("goals", p.goals);
        if (p.indicators != null && !p.indicators.isEmpty()) {
            y.key(0, "indicators");
            for (Map<String, String> row : p.indicators) {
                boolean first = true;
                for (Map.Entry<String, String> e : row.entrySet()) {
                    if (first) {
                        y.item(2, e.getKey(), e.getValue());
                        first = false;
                    } else {
                        y.text(4, e.getKey(), e.getValue());
                    }
                }
                if (first) {
                    y.out.append("  - {}\n");
                }
            }
        }
        return y.format(ContentKind.PROJECT);
    }

    /** A leading comment naming what is missing; fmt keeps it, and a reviewer deletes it once fixed. */
    private void incomplete(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append(org.gongkai.model.Department.INCOMPLETE_MARK + "：以下内容没有读到或未能归入，请对照原文补全后删去这段注释\n");
        for (Finding f : findings.subList(0, Math.min(findings.size(), FindingCap.PER_FILE))) {
            String at = (f.source() + " " + f.where()).strip();
            out.append("#   ").append(at.isEmpty() ? "" : at + "：").append(f.message().replace('\n', ' ')).append('\n');
        }
        if (findings.size() > FindingCap.PER_FILE) {
            out.append("#   另有 ").append(findings.size() - FindingCap.PER_FILE).append(" 处未列出\n");
        }
    }

    private void list(String key, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            raw(0, key, "[]");
            return;
        }
        key(0, key);
        for (String v : values) {
            out.append("  - ").append(quote(v)).append('\n');
        }
    }

    private void key(int indent, String key) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
    }

    private void item(int indent, String key, String value) {
        out.append(" ".repeat(indent)).append("- ").append(key).append(": ").append(quote(value)).append('\n');
    }

    private void text(int indent, String key, String value) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(quote(value)).append('\n');
    }

    /** A number (or null) exactly as read: "51.00" stays 51.00. */
    private void raw(int indent, String key, String value) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(value == null ? "null" : value).append('\n');
    }

    private String format(ContentKind kind) {
        try {
            return Formatter.format(out.toString(), kind);
        } catch (Formatter.FormatException e) {
            // We wrote this text ourselves: failing to format it is a defect of the importer.
            throw new IllegalStateException("导入生成的 YAML 无法整理：" + e.getMessage() + "\n" + out, e);
        }
    }

    static String quote(String text) {
        return text == null ? "null" : Formatter.doubleQuoted(text);
    }
}
