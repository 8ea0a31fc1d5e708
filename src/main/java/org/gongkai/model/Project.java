package org.gongkai.model;

import java.util.List;

/** projects/&lt;code&gt;.yaml: one 绩效目标表. Optional keys are null (or empty lists) when absent. */
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
        Origin unitOrigin) {

    public Project {
        schedule = List.copyOf(schedule);
        goals = List.copyOf(goals);
        longTermGoals = List.copyOf(longTermGoals);
        indicators = List.copyOf(indicators);
        silences = List.copyOf(silences);
    }
}
