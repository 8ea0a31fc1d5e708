package org.gongkai.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Department;

/**
 * The Markdown comparison cut to what a pull-request comment holds: the counts, each changed
 * department's total, and the projects whose budget changed most. GitHub refuses a comment of more
 * than 65,536 characters; this report never passes {@link #LIMIT}, whatever the size of the
 * site: rows that do not fit are counted, and the full report (written beside it) has them.
 */
public final class SummaryReport {

    /** Below GitHub's 65,536 characters, with room for a bot's own heading around the report. */
    public static final int LIMIT = 60_000;
    /** Most projects listed as the largest changes. */
    static final int TOP_PROJECTS = 30;
    /** A cell longer than this (a very long name) is cut, so one row can never eat the budget. */
    private static final int CELL = 40;

    private SummaryReport() {
    }

    /** {@code fullReport}: where the full Markdown report was written, named in the summary; may be null. */
    public static String of(Comparison c, String fullReport) {
        StringBuilder head = new StringBuilder();
        MarkdownReport.summary(c, head, "（摘要）");
        if (fullReport != null) {
            head.append("\n完整报告：`").append(fullReport.replace("`", "'")).append("`\n");
        }
        List<String> projects = projectRows(c);
        List<String> departments = departmentRows(c);
        StringBuilder out = new StringBuilder(head);
        // The projects are the smaller, bounded part: they are placed first, the departments fill the rest.
        String projectPart = section("变化最大的项目",
                "| 部门 | 项目 | 状态 | 预算数 上年 | 本年 | 增减 |\n| --- | --- | --- | ---: | ---: | ---: |\n",
                projects, LIMIT / 3, "个项目");
        String departmentPart = section("各部门预算合计",
                "| 部门 | 状态 | 项目 新增/移除/变化 | 单位 | 预算数 上年 | 本年 | 增减 |\n"
                        + "| --- | --- | ---: | --- | ---: | ---: | ---: |\n",
                departments, LIMIT - head.length() - projectPart.length() - 200, "个部门");
        out.append(departmentPart).append(projectPart);
        return out.toString();
    }

    private static String section(String title, String header, List<String> rows, int budget, String what) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("\n### ").append(title).append("\n\n").append(header);
        int shown = 0;
        for (String row : rows) {
            if (s.length() + row.length() + 60 > budget) {
                break;
            }
            s.append(row);
            shown++;
        }
        if (shown < rows.size()) {
            s.append("\n……另有 ").append(rows.size() - shown).append(' ').append(what).append("未列出，见完整报告。\n");
        }
        return s.toString();
    }

    /** Changed departments, the largest change first (in 元, so 万元 and 元 departments rank together). */
    private static List<String> departmentRows(Comparison c) {
        List<DepartmentChange> changed = new ArrayList<>(c.departments().stream()
                .filter(d -> d.status() != Status.UNCHANGED).toList());
        changed.sort(Comparator.comparing(
                (DepartmentChange d) -> inYuan(d.totals().total(), d.department().unit())).reversed());
        List<String> rows = new ArrayList<>();
        for (DepartmentChange d : changed) {
            AmountChange t = d.totals().total();
            rows.add("| " + cell(c.heading(d)) + " | " + d.status().label() + " | " + d.projectCount(Status.ADDED)
                    + "/" + d.projectCount(Status.DROPPED) + "/" + d.projectCount(Status.CHANGED) + " | "
                    + cell(d.department().unit()) + " | " + amount(t.before()) + " | " + amount(t.after()) + " | "
                    + change(t) + " |\n");
        }
        return rows;
    }

    /** Projects added, dropped or with a changed 预算数, the largest change first, at most {@link #TOP_PROJECTS}. */
    private static List<String> projectRows(Comparison c) {
        record Row(DepartmentChange department, ProjectChange project, BigDecimal size) {
        }
        List<Row> all = new ArrayList<>();
        for (DepartmentChange d : c.departments()) {
            for (ProjectChange p : d.projects()) {
                if (p.status() != Status.UNCHANGED && p.budget().total().changed()) {
                    Department side = p.after() != null ? d.after() : d.before();
                    String unit = p.project().moneyUnit(side == null ? d.department() : side);
                    all.add(new Row(d, p, inYuan(p.budget().total(), unit)));
                }
            }
        }
        all.sort(Comparator.comparing(Row::size).reversed());
        List<String> rows = new ArrayList<>();
        for (Row r : all.subList(0, Math.min(TOP_PROJECTS, all.size()))) {
            AmountChange t = r.project().budget().total();
            rows.add("| " + cell(r.department().department().name()) + " | " + cell(r.project().project().name())
                    + " | " + r.project().status().label() + " | " + amount(t.before()) + " | " + amount(t.after())
                    + " | " + change(t) + " |\n");
        }
        return rows;
    }

    /**
     * How large a change is, for ordering only: |after − before| in 元. When the two sides are in
     * different units the larger side stands for the change; nothing shown is computed from it.
     */
    private static BigDecimal inYuan(AmountChange a, String unit) {
        BigDecimal scale = "万元".equals(unit) ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
        BigDecimal delta = a.delta();
        if (delta == null) {
            delta = orZero(a.before()).abs().max(orZero(a.after()).abs());
        }
        return delta.abs().multiply(scale);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String change(AmountChange a) {
        if (!a.changed()) {
            return "未变";
        }
        return a.comparable() ? MarkdownReport.esc(Amounts.delta(a)) : "单位不同";
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        int n = text.codePointCount(0, text.length());
        String cut = n <= CELL ? text : text.substring(0, text.offsetByCodePoints(0, CELL - 1)) + "…";
        return MarkdownReport.esc(cut.replace('\n', ' '));
    }
}
