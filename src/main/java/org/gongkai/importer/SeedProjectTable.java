package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The rows of one project's 绩效目标表 in the seed grammar: its unit line and money unit, label/value
 * pairs ({@link SeedPairs}), 预算规模 with 资金用途 below it, 资金支出计划 ({@link SeedSchedule}), the
 * goals, and from 一级指标 on the indicator table ({@link SeedIndicatorTable}). A row whose first
 * cell is blank continues the label above it.
 */
final class SeedProjectTable {

    private static final Set<String> GOAL_LABELS = Set.of("绩效目标", "年度目标", "年度绩效目标", "项目绩效目标",
            "长期目标", "长期绩效目标");

    /** What a row with a blank first cell continues: the label above it. */
    private interface Continuation {
        void row(List<Cell> cells);
    }

    private final Drafts.Project project;
    private final SeedContext context;
    private final SeedPairs pairs;
    /** The label the next row may continue; null after a row that none continues. */
    private Continuation pending;
    private SeedIndicatorTable indicators;

    SeedProjectTable(Drafts.Project project, SeedContext context) {
        this.project = project;
        this.context = context;
        this.pairs = new SeedPairs(project, context);
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
        List<Cell> rest = cells.subList(1, cells.size());
        if (first.isBlank()) {
            first.use();
            if (pending != null) {
                pending.row(rest);
            }
        } else if (unitRow(cells)) {
            return;
        } else if (label.startsWith("预算规模")) {
            first.use();
            pairs.read(rest);
            pending = this::purpose;
        } else if (label.startsWith("资金支出计划")) {
            first.use();
            pending = new SeedSchedule(rest, project, context)::values;
        } else if (GOAL_LABELS.contains(label)) {
            first.use();
            goals(label, rest);
            pending = more -> goals("", more);
        } else if (label.equals("一级指标")) {
            indicators = new SeedIndicatorTable(row, project, context);
        } else {
            SeedProjectTable table = this;
            if ("code".equals(Labels.PAIRS.get(label)) && project.fields.containsKey("code")) {
                table = context.startProject(first.where());
            }
            table.pairs.read(cells);
            table.pending = null;
        }
    }

    /** Under 预算规模: one cell alone is the 资金用途. */
    private void purpose(List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        if (values.size() == 1) {
            values.get(0).use();
            project.fields.put("purpose", values.get(0).text());
        }
    }

    /** A row of unit lines and 单位：万元 only; a second unit line after a 项目编码 starts the next project. */
    private boolean unitRow(List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        for (Cell c : values) {
            String n = Labels.norm(c.text());
            if (!Labels.MONEY_UNIT.matcher(n).matches() && Drafts.UnitLine.parse(c.text()) == null) {
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
                SeedPairs.unitLine(table.project, c.text());
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
        Drafts.UnitLine unit = left.isEmpty() ? null : Drafts.UnitLine.parse(left);
        if (!left.isEmpty() && unit == null || right != null && right.isEmpty()) {
            return false;
        }
        if (unit != null) {
            project.unit = unit;
        }
        if (right != null) {
            project.moneyUnit = right;
        }
        return true;
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
        if (p.unit == null) {
            missing.add("预算单位行（如“731001某某单位本级”）");
        }
        if (p.indicators == null) {
            missing.add("指标表");
        }
        return missing.isEmpty() ? null : String.join("、", missing);
    }
}
