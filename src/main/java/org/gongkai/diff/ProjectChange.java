package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Project;

/**
 * One project across the two disclosures. {@code matchedBy} says how the two sides were paired:
 * by code, or by name when the code changed between years.
 */
public record ProjectChange(Status status, MatchedBy matchedBy, Project before, Project after, BudgetChange budget,
        List<TextChange> texts, List<IndicatorChange> indicators) {

    public enum MatchedBy {
        CODE("编码相同"), NAME("编码不同，按名称对应");

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

    public long indicatorCount(Status s) {
        return indicators.stream().filter(i -> i.status() == s).count();
    }

    /** Targets raised or lowered: the rows a reviewer looks at first. */
    public long targetCount(TargetDirection d) {
        return indicators.stream().filter(i -> i.target() == d).count();
    }
}
