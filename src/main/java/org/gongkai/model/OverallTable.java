package org.gongkai.model;

import java.util.List;

/**
 * department.yaml {@code overall_table}: the 部门（单位）整体支出绩效目标表, a form for the whole
 * department — budget and fund sources (收入/支出构成), 部门职能, 年度主要任务, goals and indicators.
 */
public record OverallTable(
        String amountUnit,
        Budget budget,
        BudgetDetails budgetDetails,
        String functions,
        List<Task> tasks,
        List<String> goals,
        List<String> longTermGoals,
        List<Indicator> indicators,
        FormParts form,
        List<Silence> silences,
        Origin origin) {

    /** One 年度主要任务: its name, content and amount (as printed when not a bare number). */
    public record Task(String name, String content, java.math.BigDecimal amount, String printed, Origin origin) {
    }

    public OverallTable {
        tasks = List.copyOf(tasks);
        goals = goals == null ? null : List.copyOf(goals);
        longTermGoals = longTermGoals == null ? null : List.copyOf(longTermGoals);
        indicators = List.copyOf(indicators);
        silences = List.copyOf(silences);
    }
}
