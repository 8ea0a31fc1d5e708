package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Department;

/** One department across the two disclosures: its texts, its total and each of its projects. */
public record DepartmentChange(Status status, Department before, Department after, BudgetChange totals,
        List<TextChange> texts, List<ProjectChange> projects) {

    public Department department() {
        return after != null ? after : before;
    }

    public long projectCount(Status s) {
        return projects.stream().filter(p -> p.status() == s).count();
    }

    /** Targets raised or lowered across the department's projects. */
    public long targetCount(TargetDirection d) {
        return projects.stream().mapToLong(p -> p.targetCount(d)).sum();
    }

    public List<ProjectChange> projects(Status s) {
        return projects.stream().filter(p -> p.status() == s).toList();
    }
}
