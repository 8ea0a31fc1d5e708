package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diff.AmountChange;
import org.gongkai.diff.Amounts;
import org.gongkai.diff.BudgetChange;
import org.gongkai.diff.DepartmentChange;
import org.gongkai.diff.IndicatorChange;
import org.gongkai.diff.ProjectChange;
import org.gongkai.diff.Status;
import org.gongkai.diff.TargetDirection;
import org.gongkai.diff.TextChange;
import org.gongkai.diff.TextDiff;
import org.gongkai.model.Department;
import org.gongkai.site.Links;

/**
 * Changes shaped for the compare templates: every number already written as it is shown, every
 * status as a word and a key for styling, so the templates only lay out.
 */
final class ChangeViews {

    private ChangeViews() {
    }

    /** A piece of a compared text: "del", "ins" or "same". */
    record Piece(String kind, String text) {
    }

    record Text(String label, List<Piece> pieces) {
    }

    record Amount(String label, String before, String after, String delta, String percent, boolean changed) {
    }

    record ProjectRow(String status, String statusLabel, String code, String name, String href, String note,
            Amount total, int indicatorChanges) {
    }

    record IndicatorRow(String status, String statusLabel, String level1, String level2, String name, String before,
            String after, String direction, String directionLabel, List<Text> cells) {
    }

    /** {@code summary}: what changed, in one line, for the folded detail's summary. */
    record ProjectDetail(ProjectRow row, String anchor, String beforeHref, String summary, List<Amount> amounts,
            List<Text> texts, List<IndicatorRow> indicators) {
    }

    static List<Text> texts(List<TextChange> changes) {
        List<Text> list = new ArrayList<>();
        for (TextChange t : changes) {
            List<Piece> pieces = new ArrayList<>();
            for (TextDiff.Segment s : t.segments()) {
                pieces.add(new Piece(switch (s.op()) {
                    case DELETE -> "del";
                    case INSERT -> "ins";
                    default -> "same";
                }, s.text()));
            }
            list.add(new Text(t.label(), pieces));
        }
        return list;
    }

    static Amount amount(String label, AmountChange a) {
        java.math.BigDecimal percent = a.percent();
        return new Amount(label, a.before() == null ? "" : a.before().toPlainString(),
                a.after() == null ? "" : a.after().toPlainString(),
                a.changed() ? Amounts.signed(a.delta()) : "", a.changed() && percent != null
                        ? Amounts.signed(percent) + "%" : "", a.changed());
    }

    static List<Amount> amounts(BudgetChange b) {
        return List.of(amount("预算数", b.total()), amount("其中：财政资金", b.fiscal()), amount("其他资金", b.other()));
    }

    /** The row of a project in the compare table; {@code path} is the page it is shown on. */
    static ProjectRow row(ProjectChange p, Department before, Department after, String path) {
        Department home = p.after() != null ? after : before;
        String href = Links.root(path) + Links.project(home, p.project());
        String note = switch (p.matchedBy() == null ? ProjectChange.MatchedBy.CODE : p.matchedBy()) {
            case NAME -> "上年编码 " + p.before().code() + "，按名称对应";
            case NAME_ONLY -> "未公开编码，按名称对应";
            default -> "";
        };
        return new ProjectRow(p.status().key(), p.status().label(), p.project().disclosedCode(), p.project().name(), href,
                note, amount("预算数", p.budget().total()), p.indicators().size());
    }

    static ProjectDetail detail(ProjectChange p, DepartmentChange d, String path) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorChange i : p.indicators()) {
            rows.add(new IndicatorRow(i.status().key(), i.status().label(), i.row().level1(), i.row().level2(),
                    i.row().name(), i.before() == null ? "" : nullToEmpty(i.before().target()),
                    i.after() == null ? "" : nullToEmpty(i.after().target()),
                    i.target() == null ? "" : i.target().key(),
                    i.target() == null ? "" : i.target().label(), texts(i.cells().stream()
                            .filter(c -> !c.field().equals("target")).toList())));
        }
        String beforeHref = Links.root(path) + Links.project(d.before(), p.before());
        return new ProjectDetail(row(p, d.before(), d.after(), path), "p-" + p.project().code(), beforeHref,
                summary(p), amounts(p.budget()), texts(p.texts()), rows);
    }

    /** "预算数 +3.00（+25.0%）；指标新增 1 个、变化 2 个；指标值降低 1 处；文字变化 1 处": only what changed. */
    static String summary(ProjectChange p) {
        List<String> parts = new ArrayList<>();
        BudgetChange b = p.budget();
        if (b.total().changed()) {
            parts.add(b.total().comparable() && b.total().delta() != null ? "预算数 " + Amounts.delta(b.total())
                    .replaceFirst("，(.*)$", "（$1）") : "预算数变化");
        } else if (b.fiscal().changed() || b.other().changed()) {
            parts.add("资金构成变化");
        }
        String rows = joined(List.of("新增", "移除", "变化"), List.of(
                p.indicators().stream().filter(i -> i.status() == Status.ADDED).count(),
                p.indicators().stream().filter(i -> i.status() == Status.DROPPED).count(),
                p.indicators().stream().filter(i -> i.status() == Status.CHANGED).count()), " 个");
        if (!rows.isEmpty()) {
            parts.add("指标" + rows);
        }
        String targets = joined(List.of("提高", "降低"), List.of(
                p.indicators().stream().filter(i -> i.target() == TargetDirection.RAISED).count(),
                p.indicators().stream().filter(i -> i.target() == TargetDirection.LOWERED).count()), " 处");
        if (!targets.isEmpty()) {
            parts.add("指标值" + targets);
        }
        if (!p.texts().isEmpty()) {
            parts.add("文字变化 " + p.texts().size() + " 处");
        }
        return parts.isEmpty() ? "其他内容变化" : String.join("；", parts);
    }

    /** "新增 1 个、变化 2 个": the words with a non-zero count, in order. */
    private static String joined(List<String> words, List<Long> counts, String measure) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (counts.get(i) > 0) {
                out.add(words.get(i) + " " + counts.get(i) + measure);
            }
        }
        return String.join("、", out);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Counts for the summary line, in words. */
    static String counts(long added, long dropped, long changed, long same) {
        return "新增 " + added + " 个，移除 " + dropped + " 个，变化 " + changed + " 个，未变 " + same + " 个";
    }
}
