package org.gongkai.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label/value pairs of a seed 绩效目标表 row, as in "项目编码 | 1302… | 项目名称 | 安可计算机购置":
 * the project's identity, budget amounts, unit line and period, each by its label.
 */
final class SeedPairs {

    private static final Pattern YEARS = Pattern.compile("^(\\d{4}(?:年)?)\\s*-\\s*(\\d{4}(?:年)?)$");

    private final Drafts.Project project;
    private final SeedContext context;

    SeedPairs(Drafts.Project project, SeedContext context) {
        this.project = project;
        this.context = context;
    }

    /** label, value, label, value…; an unknown label is reported with the value beside it. */
    void read(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell label = cells.get(i);
            if (label.isBlank()) {
                label.use();
                continue;
            }
            String key = Labels.PAIRS.get(Labels.norm(label.text()));
            label.use();
            Cell value = i + 1 < cells.size() ? cells.get(i + 1) : null;
            if (key == null) {
                context.report(label, "未知的行标签「" + OutsideLines.shorten(label.text()) + "」"
                        + (value != null && !value.isBlank() ? "，其后的「" + OutsideLines.shorten(value.text()) + "」未导入" : "")
                        + "（可识别：项目编码、项目名称、预算数、其中：财政资金、其他资金、项目属性、主管部门、项目负责人、起止时间……）");
                if (value != null) {
                    value.use();
                }
                i++;
                continue;
            }
            if (value == null) {
                context.report(label, context.truncatedAt(label) ? "表格在「" + label.text() + "」处截断，之后的内容没有读到"
                        : "「" + label.text() + "」之后没有值");
                continue;
            }
            value.use();
            i++;
            put(key, value);
        }
    }

    private void put(String key, Cell value) {
        String text = value.isBlank() ? null : value.text();
        if (key.startsWith("budget.")) {
            project.budget.put(key.substring(7), amount(value));
        } else if (key.equals("unit")) {
            if (text != null) {
                unitLine(project, text);
            }
        } else if (key.equals("period")) {
            String[] parts = text == null ? null : period(text);
            project.fields.put("period.start", parts == null ? text : parts[0]);
            project.fields.put("period.end", parts == null ? null : parts[1]);
            if (text != null && parts == null) {
                context.report(value, "起止时间「" + text + "」分不出开始和结束，整段写入 start");
            }
        } else {
            project.fields.put(key, text);
            if (text == null && (key.equals("code") || key.equals("name"))) {
                context.report(value, (key.equals("code") ? "项目编码" : "项目名称") + "是空白");
            }
        }
    }

    /** A unit line such as "731001某某单位本级" is the project's unit; anything else is ignored. */
    static void unitLine(Drafts.Project project, String text) {
        Drafts.UnitLine unit = Drafts.UnitLine.parse(text);
        if (unit != null) {
            project.unit = unit;
        }
    }

    private static String[] period(String text) {
        for (String sep : List.of("至", "～", "~", "—", "–", "到")) {
            int i = text.indexOf(sep);
            if (i > 0 && i + sep.length() < text.length()) {
                return new String[] {text.substring(0, i).strip(), text.substring(i + sep.length()).strip()};
            }
        }
        Matcher years = YEARS.matcher(text);
        return years.matches() ? new String[] {years.group(1), years.group(2)} : null;
    }

    /** An amount exactly as written; a blank cell is null, never 0. */
    private String amount(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.text().strip();
        if (Labels.AMOUNT.matcher(text).matches()) {
            return text;
        }
        if (Labels.GROUPED_AMOUNT.matcher(text).matches()) {
            return text.replace(",", "");
        }
        context.report(cell, "金额「" + text + "」不是数字，写为 null（空白），请对照原文填写");
        return null;
    }
}
