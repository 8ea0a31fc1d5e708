package org.gongkai.model;

import java.util.List;

/**
 * projects/&lt;id&gt;.yaml: one 绩效目标表. Optional keys are null (or empty lists) when absent.
 * {@code code} is the project's id: its 项目编码 when the file gives one ({@code codeDisclosed}), else
 * the file name. {@code budget} is {@link Budget#EMPTY} when the form printed none ({@code hasBudget}
 * false). {@code amountUnit} overrides the department's money unit for this file, or is null.
 */
public record Project(
        String code,
        String name,
        String unit,
        Integer order,
        Budget budget,
        String purpose,
        List<ScheduleEntry> schedule,
        List<String> goals,
        List<String> longTermGoals,
        String attribute,
        String departmentInCharge,
        String owner,
        Period period,
        List<Indicator> indicators,
        List<Silence> silences,
        Origin origin,
        Origin codeOrigin,
        Origin budgetOrigin,
        Origin purposeOrigin,
        Origin unitOrigin,
        boolean codeDisclosed,
        String amountUnit,
        boolean hasBudget,
        BudgetDetails budgetDetails,
        FormParts form,
        boolean draft,
        boolean incomplete,
        List<Attachment> attachments) {

    public Project {
        schedule = List.copyOf(schedule);
        goals = List.copyOf(goals);
        longTermGoals = List.copyOf(longTermGoals);
        indicators = List.copyOf(indicators);
        silences = List.copyOf(silences);
        attachments = List.copyOf(attachments);
    }

    /** The 项目编码 as disclosed, or null when the form printed none. */
    public String disclosedCode() {
        return codeDisclosed ? code : null;
    }

    /** The money unit of this project's amounts: its own, or the department's. */
    public String moneyUnit(Department department) {
        return amountUnit != null ? amountUnit : department.unit();
    }
}
