package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Indicator;

/**
 * The comparison for a terminal: what changed, department by department; unchanged items are only
 * counted. With colour, deletions are red and insertions green; without, they are marked
 * [-删去-] and {+加上+}, as git's word diff does.
 */
public final class TextReport {

    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean colour) {
        this.colour = colour;
    }

    public static String of(Comparison c, boolean colour) {
        TextReport r = new TextReport(colour);
        r.write(c);
        return r.out.toString();
    }

    private void write(Comparison c) {
        line(bold("比较 " + c.beforeLabel() + " → " + c.afterLabel()));
        line("部门：" + counts(c.departmentCount(Status.ADDED), c.departmentCount(Status.DROPPED),
                c.departmentCount(Status.CHANGED), c.departmentCount(Status.UNCHANGED)));
        line("项目：" + counts(c.projectCount(Status.ADDED), c.projectCount(Status.DROPPED),
                c.projectCount(Status.CHANGED), c.projectCount(Status.UNCHANGED)));
        line("指标：新增 " + c.indicatorCount(Status.ADDED) + "，移除 " + c.indicatorCount(Status.DROPPED) + "，变化 "
                + c.indicatorCount(Status.CHANGED) + "（指标值提高 " + c.targetCount(TargetDirection.RAISED) + "，降低 "
                + c.targetCount(TargetDirection.LOWERED) + "）");
        line(c.unit() != null ? "预算合计（" + c.unit() + "）：" + Amounts.describe(c.totals())
                : "各部门金额单位不同，不作合计");
        for (DepartmentChange d : c.departments()) {
            if (d.status() == Status.UNCHANGED) {
                continue;
            }
            line("");
            line(bold("[" + d.status().sign() + "] " + c.heading(d) + "（" + d.status().label() + "）"));
            line("    预算合计（" + d.department().unit() + "）：" + (d.status() == Status.CHANGED
                    ? Amounts.describe(d.totals()) : "预算数 " + Amounts.plain(d.department().totals().total())));
            otherUnits(c.beforeLabel(), d.before());
            otherUnits(c.afterLabel(), d.after());
            for (TextChange t : d.texts()) {
                line("    " + t.label() + "：" + segments(t.segments()));
            }
            for (ProjectChange p : d.projects()) {
                if (p.status() != Status.UNCHANGED) {
                    project(p);
                }
            }
            long same = d.projectCount(Status.UNCHANGED);
            if (same > 0) {
                line("    另有 " + same + " 个项目未变");
            }
        }
    }

    private void project(ProjectChange p) {
        line("  [" + p.status().sign() + "] " + p.heading() + "（" + p.status().label()
                + (p.matchedBy() == ProjectChange.MatchedBy.NAME ? "，" + p.matchedBy().label() + "，原编码 "
                        + p.before().code() : p.matchedBy() == ProjectChange.MatchedBy.NAME_ONLY
                        ? "，" + p.matchedBy().label() : "") + "）");
        if (p.status() == Status.ADDED || p.status() == Status.DROPPED) {
            line("      预算数 " + Amounts.plain(p.project().budget().total()));
        } else if (p.budget().changed()) {
            line("      " + Amounts.describe(p.budget()));
        }
        if (p.overall().changed()) {
            line("      " + Amounts.describe("总预算", p.overall()));
        }
        for (SourceChange s : p.sources()) {
            line("      资金来源[" + s.status().sign() + "] " + (s.status() == Status.CHANGED
                    ? Amounts.describe(s.name(), s.amount())
                    : s.name() + " " + Amounts.plain(s.status() == Status.ADDED ? s.amount().after() : s.amount().before())
                            + "（" + s.status().label() + "）"));
        }
        for (TextChange t : p.texts()) {
            line("      " + t.label() + "：" + segments(t.segments()));
        }
        for (IndicatorChange i : p.indicators()) {
            Indicator row = i.row();
            StringBuilder s = new StringBuilder("      指标[" + i.status().sign() + "] " + Amounts.levels(row));
            if (i.status() == Status.CHANGED) {
                for (TextChange cell : i.cells()) {
                    s.append("；").append(cell.label()).append("：").append(segments(cell.segments()));
                    if (cell.field().equals("target") && i.target() != null) {
                        s.append("（").append(i.target().label()).append("）");
                    }
                }
            } else {
                s.append("：指标值 ").append(row.target() == null ? "（空）" : row.target()).append("（")
                        .append(i.status().label()).append("）");
            }
            line(s.toString());
        }
    }

    /** Projects in another money unit than their department's are left out of its total: say so. */
    private void otherUnits(String label, org.gongkai.model.Department d) {
        if (d != null && !d.projectsInOtherUnits().isEmpty()) {
            line("    " + label + "另有 " + d.projectsInOtherUnits().size() + " 个项目的金额单位不是" + d.unit()
                    + "，未计入合计");
        }
    }

    private String segments(List<TextDiff.Segment> segments) {
        StringBuilder s = new StringBuilder();
        for (TextDiff.Segment seg : segments) {
            String text = seg.text().replace("\n", "⏎");
            switch (seg.op()) {
                case DELETE -> s.append(colour ? RED + text + RESET : "[-" + text + "-]");
                case INSERT -> s.append(colour ? GREEN + text + RESET : "{+" + text + "+}");
                default -> s.append(abbreviate(text));
            }
        }
        return s.toString();
    }

    /** Long unchanged stretches are cut to their ends: the change is what matters. */
    static String abbreviate(String text) {
        int n = text.codePointCount(0, text.length());
        if (n <= 24) {
            return text;
        }
        int head = text.offsetByCodePoints(0, 10);
        int tail = text.offsetByCodePoints(0, n - 10);
        return text.substring(0, head) + "…" + text.substring(tail);
    }

    private static String counts(long added, long dropped, long changed, long same) {
        return "新增 " + added + "，移除 " + dropped + "，变化 " + changed + "，未变 " + same;
    }

    private String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
