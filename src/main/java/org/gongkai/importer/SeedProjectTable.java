package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one project's 绩效目标表 in the seed grammar: its unit line and money unit, label/value
 * pairs, 预算规模 with 资金用途 below it, 资金支出计划, the
 * goals, and from 一级指标 on the indicator table ({@link SeedIndicatorTable}). A row whose first
 * cell is blank continues the label above it.
 */
final class SeedProjectTable {

    private static final Set<String> GOAL_LABELS = Set.of("绩效目标", "年度目标", "年度绩效目标", "项目绩效目标",
            "长期目标", "长期绩效目标");

    private enum Pending { NONE, BUDGET, SCHEDULE, GOALS }

    private final Drafts.Project project;
    private final SeedContext context;
    private Pending pending = Pending.NONE;
    private List<Integer> months;
    private SeedIndicatorTable indicators;

    SeedProjectTable(Drafts.Project project, SeedContext context) {
        this.project = project;
        this.context = context;
    }

    Drafts.Project project() {
        return project;
    }

    void row(List<Cell> row) {
        if (row.stream().allMatch(Cell::isBlank)) {
            row.forEach(Cell::use);
            return;
        }
        if (indicators != null) {
            indicators.row(row);
            return;
        }
        List<Cell> cells = row.stream().filter(c -> c.merge() != Cell.Merge.FROM_LEFT).toList();
        Cell first = cells.get(0);
        String label = Labels.norm(first.text());
        if (first.isBlank()) {
            first.use();
            continued(cells.subList(1, cells.size()));
        } else if (unitRow(cells)) {
            return;
        } else if (label.startsWith("预算规模")) {
            first.use();
            pairs(cells.subList(1, cells.size()));
            pending = Pending.BUDGET;
        } else if (label.startsWith("资金支出计划")) {
            first.use();
            months(cells.subList(1, cells.size()));
            pending = Pending.SCHEDULE;
        } else if (GOAL_LABELS.contains(label)) {
            first.use();
            goals(label, cells.subList(1, cells.size()));
            pending = Pending.GOALS;
        } else if (label.equals("一级指标")) {
            indicators = new SeedIndicatorTable(row, project, context);
        } else {
            SeedProjectTable table = this;
            if ("code".equals(Labels.PAIRS.get(label)) && project.fields.containsKey("code")) {
                table = context.startProject(first.where());
            }
            table.pairs(cells);
            table.pending = Pending.NONE;
        }
    }

    /** A row whose first cell is blank or merged from above: more of the label above it. */
    private void continued(List<Cell> cells) {
        switch (pending) {
            case BUDGET -> {
                List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
                if (values.size() == 1) {
                    values.get(0).use();
                    project.fields.put("purpose", values.get(0).text());
                }
            }
            case SCHEDULE -> {
                for (int i = 0; i < months.size() && i < cells.size(); i++) {
                    cells.get(i).use();
                    if (months.get(i) != null) {
                        project.schedule.put(months.get(i), percent(cells.get(i)));
                    }
                }
                if (cells.size() < months.size()) {
                    Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                    context.report(last, last == null ? project.where : last.where(), context.truncatedAt(last)
                            ? "表格在资金支出计划处截断，之后的内容没有读到"
                            : "资金支出计划少了 " + (months.size() - cells.size()) + " 个月的值");
                }
            }
            case GOALS -> goals("", cells);
            default -> {
            }
        }
    }

    /** A row of unit lines and 单位：万元 only; a second unit line after a 项目编码 starts the next project. */
    private boolean unitRow(List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        for (Cell c : values) {
            String n = Labels.norm(c.text());
            if (!Labels.MONEY_UNIT.matcher(n).matches() && !Labels.UNIT_LINE.matcher(c.text().strip()).matches()) {
                return false;
            }
        }
        SeedProjectTable table = this;
        for (Cell c : values) {
            Matcher money = Labels.MONEY_UNIT.matcher(Labels.norm(c.text()));
            if (money.matches()) {
                table.project.moneyUnit = money.group(1);
            } else {
                if (table.project.fields.containsKey("code")) {
                    table = context.startProject(c.where());
                }
                table.unitLine(c.text());
            }
            c.use();
        }
        return true;
    }

    /**
     * Many documents print the unit line and 单位：万元 as paragraphs above the table rather than
     * in it, often on one line: "731001遵化市科学技术协会本级        单位：万元".
     */
    boolean unitParagraph(String text) {
        int colon = Math.max(text.lastIndexOf("单位："), text.lastIndexOf("单位:"));
        String left = (colon < 0 ? text : text.substring(0, colon)).strip();
        String right = colon < 0 ? null : Labels.norm(text.substring(colon + 3));
        Matcher unit = Labels.UNIT_LINE.matcher(left);
        if (!left.isEmpty() && !unit.matches() || right != null && right.isEmpty()) {
            return false;
        }
        if (!left.isEmpty()) {
            unitLine(left);
        }
        if (right != null) {
            project.moneyUnit = right;
        }
        return true;
    }

    private void unitLine(String text) {
        Matcher m = Labels.UNIT_LINE.matcher(text.strip());
        if (m.matches()) {
            project.unitCode = m.group(1);
            project.unitName = m.group(2).strip();
        }
    }

    /** label, value, label, value… as in "项目编码 | 1302… | 项目名称 | 安可计算机购置". */
    private void pairs(List<Cell> cells) {
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
                unitLine(text);
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

    private static String[] period(String text) {
        for (String sep : List.of("至", "～", "~", "—", "–", "到")) {
            int i = text.indexOf(sep);
            if (i > 0 && i + sep.length() < text.length()) {
                return new String[] {text.substring(0, i).strip(), text.substring(i + sep.length()).strip()};
            }
        }
        Matcher years = Pattern.compile("^(\\d{4}(?:年)?)\\s*-\\s*(\\d{4}(?:年)?)$").matcher(text);
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

    private void months(List<Cell> cells) {
        months = new ArrayList<>();
        for (Cell c : cells) {
            c.use();
            Matcher m = Labels.MONTH.matcher(Labels.norm(c.text()));
            int month = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (month >= 1 && month <= 12) {
                months.add(month);
            } else {
                months.add(null);
                if (!c.isBlank()) {
                    context.report(c, "资金支出计划的列「" + c.text() + "」不是月份（如“3月底”），这一列未导入");
                }
            }
        }
    }

    private String percent(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        Matcher m = Labels.PERCENT.matcher(Labels.norm(cell.text()));
        if (m.matches()) {
            return m.group(1);
        }
        context.report(cell, "支出计划的值「" + cell.text() + "」不是百分数，写为 null（空白）");
        return null;
    }

    /** "1.…\n2.…" → one goal per paragraph, numbering stripped; a 长期目标/年度目标 sub-label picks the list. */
    private void goals(String label, List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        cells.forEach(Cell::use);
        String kind = label;
        int from = 0;
        if (!values.isEmpty() && GOAL_LABELS.contains(Labels.norm(values.get(0).text()))) {
            kind = Labels.norm(values.get(0).text());
            from = 1;
        }
        if (values.size() - from > 1) {
            context.report(values.get(from + 1), "绩效目标行多出一格，未导入：「" + OutsideLines.shorten(values.get(from + 1).text()) + "」");
        }
        List<String> list = new ArrayList<>();
        if (values.size() > from) {
            for (String line : values.get(from).text().split("\n")) {
                String goal = Labels.stripNumber(line);
                if (!goal.isEmpty()) {
                    list.add(goal);
                }
            }
        }
        if (kind.startsWith("长期")) {
            project.longTermGoals = list;
        } else {
            project.goals = list;
        }
    }

    /**
     * Completes a read project (the title's name when no 项目名称 row gave one) and says what a
     * 绩效目标表 must have that it lacks; null when nothing is missing.
     */
    static String finish(Drafts.Project p) {
        if (!p.fields.containsKey("name") && p.titleName != null) {
            p.fields.put("name", p.titleName);
        }
        List<String> missing = new ArrayList<>();
        if (p.fields.get("code") == null) {
            missing.add("项目编码");
        }
        if (p.fields.get("name") == null) {
            missing.add("项目名称");
        }
        if (!p.budget.containsKey("total")) {
            missing.add("预算数");
        }
        if (p.unitCode == null) {
            missing.add("预算单位行（如“731001某某单位本级”）");
        }
        if (p.indicators == null) {
            missing.add("指标表");
        }
        return missing.isEmpty() ? null : String.join("、", missing);
    }
}
