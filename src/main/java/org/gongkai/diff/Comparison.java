package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Budget;

/** The whole comparison: what is compared with what, and each department's changes. */
public record Comparison(String beforeLabel, String afterLabel, List<DepartmentChange> departments) {

    /** The money unit all departments share (万元 or 元) on both sides, or null when they differ and no total can be made. */
    public String unit() {
        List<String> units = departments.stream().flatMap(d -> java.util.stream.Stream.of(d.before(), d.after()))
                .filter(java.util.Objects::nonNull).map(org.gongkai.model.Department::unit).distinct().toList();
        return units.size() == 1 ? units.get(0) : null;
    }

    public BudgetChange totals() {
        return BudgetChange.of(
                Budget.sum(departments.stream().filter(d -> d.before() != null).map(d -> d.before().totals()).toList()),
                Budget.sum(departments.stream().filter(d -> d.after() != null).map(d -> d.after().totals()).toList()));
    }

    public long projectCount(Status s) {
        return departments.stream().mapToLong(d -> d.projectCount(s)).sum();
    }

    public long departmentCount(Status s) {
        return departments.stream().filter(d -> d.status() == s).count();
    }

    public long indicatorCount(Status s) {
        return departments.stream().flatMap(d -> d.projects().stream()).mapToLong(p -> p.indicatorCount(s)).sum();
    }

    /** True when departments of several years are compared (two site folders): headings then name the year. */
    public boolean spansYears() {
        return departments.stream().map(d -> d.department().year()).distinct().count() > 1;
    }

    /** "2024年 731001 遵化市科学技术协会", the year only when {@link #spansYears()}, the code only when printed. */
    public String heading(DepartmentChange d) {
        String code = d.department().disclosedCode();
        return (spansYears() ? d.department().year() + "年 " : "") + (code != null ? code + " " : "")
                + d.department().name();
    }

    public long targetCount(TargetDirection t) {
        return departments.stream().mapToLong(d -> d.targetCount(t)).sum();
    }
}
