package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Project;

/**
 * One project across the two disclosures. {@code matchedBy} says how the two sides were paired:
 * by code, or by name when the code changed between years or was not printed. {@code overall} is
 * the 总 budget (项目总预算) beside the 当年 one, {@code sources} the named fund sources that changed.
 */
public record ProjectChange(Status status, MatchedBy matchedBy, Project before, Project after, BudgetChange budget,
        List<TextChange> texts, List<IndicatorChange> indicators, AmountChange overall, List<SourceChange> sources) {

    /** NAME_ONLY: paired by name because one side or both printed no 项目编码. */
    public enum MatchedBy {
        CODE("编码相同"), NAME("编码不同，按名称对应"), NAME_ONLY("按名称匹配");

        private final String label;

        MatchedBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Project project() {
        return after != null ? after : before;
    }

    /** The 项目编码 and name as a report heads the project: just the name when no code was printed. */
    public String heading() {
        Project p = project();
        return p.codeDisclosed() ? p.code() + " " + p.name() : p.name();
    }

    public long indicatorCount(Status s) {
        return indicators.stream().filter(i -> i.status() == s).count();
    }

    /** Targets raised or lowered: the rows a reviewer looks at first. */
    public long targetCount(TargetDirection d) {
        return indicators.stream().filter(i -> i.target() == d).count();
    }
}
