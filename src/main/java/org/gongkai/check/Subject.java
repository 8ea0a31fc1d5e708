package org.gongkai.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Budget;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.Department;
import org.gongkai.model.FormParts;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;

/**
 * What a rule looks at: one form of one department, and the site's indicator framework. The form is
 * a project's 绩效目标表, or, when {@code project} is null, the department's 整体支出绩效目标表
 * ({@code overall_table}); the accessors below read the budget and indicators of either, so a rule
 * written against them applies to both (see {@link Rule#checksOverallTable}).
 */
public record Subject(Department department, Project project, Framework framework) {

    /** The indicator table of one term (年度, 长期, 中期, 总体), its rows in file order. */
    public record TermTable(String term, String title, List<Indicator> rows) {
    }

    /** True for the department's 整体支出绩效目标表. */
    public boolean isOverallTable() {
        return project == null;
    }

    private OverallTable overall() {
        return department.overallTable();
    }

    public Budget budget() {
        return project != null ? project.budget() : overall().budget();
    }

    public BudgetDetails budgetDetails() {
        return project != null ? project.budgetDetails() : overall().budgetDetails();
    }

    /** Where the form starts: the project file, or the overall_table key. */
    public Origin origin() {
        return project != null ? project.origin() : overall().origin();
    }

    /** Where the budget stands (the overall table keeps no origin of its own for it). */
    public Origin budgetOrigin() {
        return project != null ? project.budgetOrigin() : overall().origin();
    }

    public List<Indicator> indicators() {
        return project != null ? project.indicators() : overall().indicators();
    }

    public FormParts form() {
        return project != null ? project.form() : overall().form();
    }

    /**
     * The indicator tables, one per term in order of first appearance; a row without a term is 年度
     * (the default). A form with no indicators has one empty 年度 table.
     */
    public List<TermTable> termTables() {
        Map<String, List<Indicator>> byTerm = new LinkedHashMap<>();
        for (Indicator row : indicators()) {
            byTerm.computeIfAbsent(term(row), t -> new ArrayList<>()).add(row);
        }
        if (byTerm.isEmpty()) {
            byTerm.put("年度", List.of());
        }
        List<TermTable> tables = new ArrayList<>();
        byTerm.forEach((term, rows) -> tables.add(new TermTable(term,
                form().indicatorTitles().getOrDefault(term, term + "绩效指标"), List.copyOf(rows))));
        return tables;
    }

    static String term(Indicator row) {
        return row.term() == null ? "年度" : row.term();
    }

    /** How a row is named in messages: by its 三级指标, or by its line when that cell is blank. */
    static String rowLabel(Indicator row) {
        return row.name() != null && !row.name().isBlank() ? "指标“" + row.name() + "”"
                : "第 " + row.origin().line() + " 行的指标（三级指标空白）";
    }
}
