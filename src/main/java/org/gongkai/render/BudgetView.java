package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.FundSource;
import org.gongkai.model.Project;

/** The budget rows of a form: which layout they take, and the fund sources as indented lines. */
final class BudgetView {

    /** A fund source at its depth under 其中 (0 for a top-level source). */
    public record Line(int depth, FundSource source) {
    }

    private BudgetView() {
    }

    /**
     * Whether the budget prints as the standard three columns (预算数, 其中：财政资金, 其他资金): always,
     * unless the form names its fund sources and prints neither of the standard two.
     */
    static boolean columns(Project p) {
        var b = p.budget();
        var d = p.budgetDetails();
        return d.sources().isEmpty() || b.fiscal() != null || b.other() != null || d.fiscalPrinted() != null
                || d.otherPrinted() != null;
    }

    static List<Line> lines(List<FundSource> sources) {
        List<Line> lines = new ArrayList<>();
        add(lines, sources, 0);
        return lines;
    }

    private static void add(List<Line> lines, List<FundSource> sources, int depth) {
        for (FundSource s : sources) {
            lines.add(new Line(depth, s));
            add(lines, s.sources(), depth + 1);
        }
    }
}
