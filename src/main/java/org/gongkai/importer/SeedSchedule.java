package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A 资金支出计划 of a seed 绩效目标表: the months beside the label ("3月底 | 6月底 | …"), then the
 * row below with the share of the budget spent by each.
 */
final class SeedSchedule {

    private final Drafts.Project project;
    private final SeedContext context;
    /** The month of each column; null for a column that names none. */
    private final List<Integer> months = new ArrayList<>();

    SeedSchedule(List<Cell> header, Drafts.Project project, SeedContext context) {
        this.project = project;
        this.context = context;
        for (Cell c : header) {
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

    /** The percentages under the months; a short row is reported. */
    void values(List<Cell> cells) {
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
}
