package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Indicator;

/**
 * The comparison as Markdown for a pull-request comment: a summary table, then per department
 * the projects added, dropped and changed. Character-level changes use &lt;del&gt; and &lt;ins&gt;,
 * which code hosts render, so a one-character change in a long purpose text is easy to spot.
 */
public final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {
    }

    public static String of(Comparison c) {
        MarkdownReport r = new MarkdownReport();
        r.write(c);
        return r.out.toString();
    }

    private void write(Comparison c) {
        summary(c, out, "");
        for (DepartmentChange d : c.departments()) {
            if (d.status() != Status.UNCHANGED) {
                department(d, c);
            }
        }
    }

    /** The heading, the table of counts and the total: the start of the full report and of its summary. */
    static void summary(Comparison c, StringBuilder out, String titleSuffix) {
        java.util.function.Consumer<String> line = s -> out.append(s).append('\n');
        line.accept("## 预算绩效目标变化" + titleSuffix + "：" + esc(c.beforeLabel()) + " → " + esc(c.afterLabel()));
        line.accept("");
        line.accept("| | 新增 | 移除 | 变化 | 未变 |");
        line.accept("| --- | ---: | ---: | ---: | ---: |");
        line.accept("| 部门 | " + c.departmentCount(Status.ADDED) + " | " + c.departmentCount(Status.DROPPED) + " | "
                + c.departmentCount(Status.CHANGED) + " | " + c.departmentCount(Status.UNCHANGED) + " |");
        line.accept("| 项目 | " + c.projectCount(Status.ADDED) + " | " + c.projectCount(Status.DROPPED) + " | "
                + c.projectCount(Status.CHANGED) + " | " + c.projectCount(Status.UNCHANGED) + " |");
        line.accept("| 指标 | " + c.indicatorCount(Status.ADDED) + " | " + c.indicatorCount(Status.DROPPED) + " | "
                + c.indicatorCount(Status.CHANGED) + " | |");
        line.accept("");
        line.accept((c.unit() != null ? "预算合计（" + esc(c.unit()) + "）：" + esc(Amounts.describe(c.totals()))
                : "各部门金额单位不同，不作合计") + "。指标值提高 " + c.targetCount(TargetDirection.RAISED)
                + " 处，降低 " + c.targetCount(TargetDirection.LOWERED) + " 处。");
    }

    private void department(DepartmentChange d, Comparison c) {
        line("");
        line("### " + d.status().label() + "：" + esc(c.heading(d)));
        line("");
        line("预算合计（" + esc(d.department().unit()) + "）：" + esc(Amounts.describe(d.totals())));
        for (var side : List.of(java.util.Map.entry(c.beforeLabel(), java.util.Optional.ofNullable(d.before())),
                java.util.Map.entry(c.afterLabel(), java.util.Optional.ofNullable(d.after())))) {
            side.getValue().filter(x -> !x.projectsInOtherUnits().isEmpty()).ifPresent(x -> {
                line("");
                line(esc(side.getKey()) + "另有 " + x.projectsInOtherUnits().size() + " 个项目的金额单位不是"
                        + esc(x.unit()) + "，未计入合计。");
            });
        }
        for (TextChange t : d.texts()) {
            line("");
            line("- **" + esc(t.label()) + "**：" + segments(t.segments()));
        }
        for (Status s : List.of(Status.ADDED, Status.DROPPED)) {
            List<ProjectChange> list = d.projects(s);
            if (!list.isEmpty()) {
                line("");
                line("**" + s.label() + "项目**");
                line("");
                for (ProjectChange p : list) {
                    line("- " + (p.project().codeDisclosed() ? "`" + p.project().code() + "` " : "")
                            + esc(p.project().name()) + " — 预算数 " + Amounts.plain(p.project().budget().total()) + " "
                            + esc(p.project().moneyUnit(p.after() != null ? d.after() : d.before())));
                }
            }
        }
        for (ProjectChange p : d.projects(Status.CHANGED)) {
            project(p, d);
        }
    }

    private void project(ProjectChange p, DepartmentChange d) {
        line("");
        line("#### 变化：" + (p.project().codeDisclosed() ? "`" + p.project().code() + "` " : "")
                + esc(p.project().name()));
        if (p.matchedBy() == ProjectChange.MatchedBy.NAME) {
            line("");
            line("按名称对应：上年编码 `" + p.before().code() + "`。");
        } else if (p.matchedBy() == ProjectChange.MatchedBy.NAME_ONLY) {
            line("");
            line("按名称匹配（未印项目编码）。");
        }
        if (p.budget().changed() || p.overall().changed() || !p.sources().isEmpty()) {
            String before = p.before().moneyUnit(d.before());
            String after = p.after().moneyUnit(d.after());
            line("");
            line("| 金额（" + esc(before.equals(after) ? after : before + " → " + after) + "） | 上年 | 本年 | 增减 |");
            line("| --- | ---: | ---: | ---: |");
            amountRow("预算数", p.budget().total());
            amountRow("其中：财政资金", p.budget().fiscal());
            amountRow("其他资金", p.budget().other());
            if (p.overall().changed()) {
                amountRow("总预算", p.overall());
            }
            for (SourceChange s : p.sources()) {
                amountRow("资金来源：" + esc(s.name()) + "（" + s.status().label() + "）", s.amount());
            }
        }
        if (!p.texts().isEmpty() || !p.indicators().isEmpty()) {
            line("");
        }
        for (TextChange t : p.texts()) {
            line("- **" + esc(t.label()) + "**：" + segments(t.segments()));
        }
        for (IndicatorChange i : p.indicators()) {
            Indicator row = i.row();
            StringBuilder s = new StringBuilder("- 指标" + i.status().label() + "：" + esc(Amounts.levels(row)));
            if (i.status() == Status.CHANGED) {
                for (TextChange cell : i.cells()) {
                    s.append("；").append(esc(cell.label())).append(" ").append(segments(cell.segments()));
                    if (cell.field().equals("target") && i.target() != null) {
                        s.append("（**").append(i.target().label()).append("**）");
                    }
                }
            } else {
                s.append("，指标值 ").append(esc(row.target() == null ? "（空）" : row.target()));
            }
            line(s.toString());
        }
    }

    private void amountRow(String label, AmountChange a) {
        line("| " + label + " | " + Amounts.plain(a.before()) + " | " + Amounts.plain(a.after()) + " | "
                + (!a.changed() ? "" : a.comparable() ? esc(Amounts.delta(a)) : "单位不同，不作增减") + " |");
    }

    private static String segments(List<TextDiff.Segment> segments) {
        StringBuilder s = new StringBuilder();
        for (TextDiff.Segment seg : segments) {
            String text = esc(seg.text()).replace("\n", "<br>");
            switch (seg.op()) {
                case DELETE -> s.append("<del>").append(text).append("</del>");
                case INSERT -> s.append("<ins>").append(text).append("</ins>");
                default -> s.append(esc(TextReport.abbreviate(seg.text())).replace("\n", "<br>"));
            }
        }
        return s.toString();
    }

    /** Text safe inside Markdown and table cells: HTML and Markdown punctuation escaped. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
