package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * department.yaml (第一部分 部门整体绩效目标) with its projects in disclosure order.
 * Markdown fields hold the source text; rendering happens in the render stage. A {@code draft}
 * (draft: true) is held back from a build unless drafts are asked for; an {@code incomplete} file
 * still starts with the importer's {@link #INCOMPLETE_MARK} comment.
 */
public record Department(
        String code,
        String name,
        String shortName,
        int year,
        String unit,
        List<BudgetUnit> units,
        String overallGoal,
        List<ItemGoal> itemGoals,
        String measures,
        List<Project> projects,
        Disclosure disclosure,
        Origin origin,
        boolean codeDisclosed,
        FormParts form,
        OverallTable overallTable,
        boolean draft,
        boolean incomplete,
        List<Attachment> attachments) {

    /** The comment {@code gongkai import} puts at the top of a file it could not fill completely. */
    public static final String INCOMPLETE_MARK = "# 导入不完整";

    public Department {
        units = List.copyOf(units);
        itemGoals = List.copyOf(itemGoals);
        projects = List.copyOf(projects);
        attachments = List.copyOf(attachments);
    }

    /** The same department with its projects attached (the loader reads them after the file). */
    public Department withProjects(List<Project> list) {
        return new Department(code, name, shortName, year, unit, units, overallGoal, itemGoals, measures, list, disclosure,
                origin, codeDisclosed, form, overallTable, draft, incomplete, attachments);
    }

    /** The name used in breadcrumbs and titles: the short name when one is given. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    /** The 部门编码 as disclosed, or null when the department is known by name only. */
    public String disclosedCode() {
        return codeDisclosed ? code : null;
    }

    /**
     * Column sums over the projects whose amounts are in the department's unit; a project in another
     * unit (amount_unit) is never added in, see {@link #projectsInOtherUnits}.
     */
    public Budget totals() {
        return Budget.sum(projects.stream().filter(p -> unit.equals(p.moneyUnit(this))).map(Project::budget).toList());
    }

    /** Projects whose amounts are in another unit than the department's, left out of its totals. */
    public List<Project> projectsInOtherUnits() {
        return projects.stream().filter(p -> !unit.equals(p.moneyUnit(this))).toList();
    }

    /** The unit a project belongs to: its own, the only one listed, or the department itself. */
    public BudgetUnit unitOf(Project project) {
        if (project.unit() != null) {
            for (BudgetUnit u : units) {
                if (project.unit().equals(u.code()) || project.unit().equals(u.name())) {
                    return u;
                }
            }
            return new BudgetUnit(project.unit(), "");
        }
        if (units.size() == 1) {
            return units.get(0);
        }
        return new BudgetUnit(disclosedCode(), name);
    }

    public BigDecimal total() {
        return Objects.requireNonNullElse(totals().total(), BigDecimal.ZERO);
    }
}
