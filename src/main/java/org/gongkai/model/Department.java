package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * department.yaml (第一部分 部门整体绩效目标) with its projects in disclosure order.
 * Markdown fields hold the source text; rendering happens in the render stage.
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
        Origin origin) {

    public Department {
        units = List.copyOf(units);
        itemGoals = List.copyOf(itemGoals);
        projects = List.copyOf(projects);
    }

    /** The same department with its projects attached (the loader reads them after the file). */
    public Department withProjects(List<Project> list) {
        return new Department(code, name, shortName, year, unit, units, overallGoal, itemGoals, measures, list, disclosure,
                origin);
    }

    /** The name used in breadcrumbs and titles: the short name when one is given. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    public Budget totals() {
        return Budget.sum(projects.stream().map(Project::budget).toList());
    }

    /** The unit a project belongs to: its own, the only one listed, or the department itself. */
    public BudgetUnit unitOf(Project project) {
        if (project.unit() != null) {
            for (BudgetUnit u : units) {
                if (u.code().equals(project.unit())) {
                    return u;
                }
            }
            return new BudgetUnit(project.unit(), "");
        }
        if (units.size() == 1) {
            return units.get(0);
        }
        return new BudgetUnit(code, name);
    }

    public BigDecimal total() {
        return Objects.requireNonNullElse(totals().total(), BigDecimal.ZERO);
    }
}
