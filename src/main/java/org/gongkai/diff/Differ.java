package org.gongkai.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.model.Department;
import org.gongkai.model.FormRow;
import org.gongkai.model.Indicator;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.NamedText;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;
import org.gongkai.model.ScheduleEntry;
import org.gongkai.parallel.Batches;

/**
 * Compares two disclosures. Departments and projects are paired by their printed code; what is left,
 * and whatever printed no code, is paired by name when the name is unique on both sides (a
 * carried-over project given a new code keeps its name), and the pairing says which rule was used.
 * Indicator rows are paired within their term (年度, 长期…) by their three levels, then by 三级指标
 * name, then by name across terms (a row moved to another 二级指标 is a change, not a drop and an
 * add). Amounts in different money units (amount_unit) are shown side by side, never subtracted.
 */
public final class Differ {

    private Differ() {
    }

    public static Comparison compare(String beforeLabel, List<Department> before, String afterLabel,
            List<Department> after) {
        List<DepartmentChange> changes = new ArrayList<>(Batches.stream(pair(before, after, Department::disclosedCode, Department::name))
                .map(p -> department(p.before, p.after)).toList());
        changes.sort(Comparator.comparing((DepartmentChange d) -> d.department().code()));
        return new Comparison(beforeLabel, afterLabel, changes);
    }

    /** A project of one disclosure and the project {@link #compare} pairs it with in the other, with their departments. */
    public record Match(Department beforeDepartment, Project before, Department afterDepartment, Project after) {
    }

    /**
     * The projects that {@link #compare} pairs, by the same rules (departments first, then their
     * projects), without comparing what they say: for links between the years of a site.
     */
    public static List<Match> matches(List<Department> before, List<Department> after) {
        List<Match> matches = new ArrayList<>();
        for (Pair<Department> d : pair(before, after, Department::disclosedCode, Department::name)) {
            if (d.before != null && d.after != null) {
                for (Pair<Project> p : pair(d.before.projects(), d.after.projects(), Project::disclosedCode, Project::name)) {
                    if (p.before != null && p.after != null) {
                        matches.add(new Match(d.before, p.before, d.after, p.after));
                    }
                }
            }
        }
        return matches;
    }

    public static DepartmentChange department(Department before, Department after) {
        List<ProjectChange> projects = new ArrayList<>();
        List<Project> a = before == null ? List.of() : before.projects();
        List<Project> b = after == null ? List.of() : after.projects();
        for (Pair<Project> pair : pair(a, b, Project::disclosedCode, Project::name)) {
            projects.add(project(pair.before, before == null ? null : unit(before, pair.before), pair.after,
                    after == null ? null : unit(after, pair.after), pair.byName));
        }
        List<TextChange> texts = new ArrayList<>();
        boolean sameUnit = true;
        if (before != null && after != null) {
            add(texts, TextChange.of("name", "部门名称", before.name(), after.name()));
            add(texts, TextChange.of("overall_goal", "总体绩效目标", before.overallGoal(), after.overallGoal()));
            itemGoals(before.itemGoals(), after.itemGoals(), texts);
            add(texts, TextChange.of("measures", "工作保障措施", before.measures(), after.measures()));
            add(texts, TextChange.of("title", "表名", before.form().title(), after.form().title()));
            rows(before.form().rows(), after.form().rows(), texts);
            overallTable(before.overallTable(), after.overallTable(), texts);
            sameUnit = before.unit().equals(after.unit());
            add(texts, TextChange.of("unit", "金额单位", before.unit(), after.unit()));
        }
        BudgetChange totals = BudgetChange.of(before == null ? null : before.totals(),
                after == null ? null : after.totals(), sameUnit);
        Status status = status(before, after,
                !texts.isEmpty() || totals.changed() || projects.stream().anyMatch(p -> p.status() != Status.UNCHANGED));
        return new DepartmentChange(status, before, after, totals, texts, projects);
    }

    private static void itemGoals(List<ItemGoal> before, List<ItemGoal> after, List<TextChange> texts) {
        Map<String, ItemGoal> old = new LinkedHashMap<>();
        before.forEach(g -> old.putIfAbsent(g.name(), g));
        for (ItemGoal g : after) {
            ItemGoal was = old.remove(g.name());
            add(texts, TextChange.of("item_goals", "分项绩效目标：" + g.name(), was == null ? null : itemText(was),
                    itemText(g)));
        }
        old.values().forEach(g -> add(texts, TextChange.of("item_goals", "分项绩效目标：" + g.name(), itemText(g), null)));
    }

    private static String itemText(ItemGoal g) {
        StringBuilder s = new StringBuilder();
        if (g.content() != null) {
            s.append(g.content());
        }
        if (g.goal() != null) {
            s.append("\n绩效目标：").append(g.goal());
        }
        if (g.indicator() != null) {
            s.append("\n绩效指标：").append(g.indicator());
        }
        return s.toString();
    }

    private static String unit(Department d, Project p) {
        return p == null ? null : p.moneyUnit(d);
    }

    /** {@code unitBefore} and {@code unitAfter}: the money unit of each side's amounts. */
    static ProjectChange project(Project before, String unitBefore, Project after, String unitAfter, boolean byName) {
        boolean sameUnit = before == null || after == null || unitBefore.equals(unitAfter);
        BudgetChange budget = BudgetChange.of(before == null ? null : before.budget(),
                after == null ? null : after.budget(), sameUnit);
        AmountChange overall = new AmountChange(before == null ? null : before.budgetDetails().overall(),
                after == null ? null : after.budgetDetails().overall(), sameUnit);
        List<SourceChange> sources = new ArrayList<>();
        List<TextChange> texts = new ArrayList<>();
        List<IndicatorChange> indicators = new ArrayList<>();
        if (before != null && after != null) {
            sources = Sources.compare(before.budgetDetails().sources(), after.budgetDetails().sources(), sameUnit);
            add(texts, TextChange.of("code", "项目编码", before.disclosedCode(), after.disclosedCode()));
            add(texts, TextChange.of("name", "项目名称", before.name(), after.name()));
            add(texts, TextChange.of("attribute", "项目属性", before.attribute(), after.attribute()));
            add(texts, TextChange.of("owner", "项目负责人", before.owner(), after.owner()));
            add(texts, TextChange.of("purpose", "资金用途", before.purpose(), after.purpose()));
            add(texts, TextChange.of("schedule", "资金支出计划（%）", schedule(before.schedule()),
                    schedule(after.schedule())));
            add(texts, TextChange.of("long_term_goals", "长期目标", lines(before.longTermGoals()),
                    lines(after.longTermGoals())));
            add(texts, TextChange.of("goals", "绩效目标", lines(before.goals()), lines(after.goals())));
            add(texts, TextChange.of("mid_term_goals", "中期目标", lines(before.form().midTermGoals()),
                    lines(after.form().midTermGoals())));
            add(texts, TextChange.of("overall_goals", "总体目标", lines(before.form().overallGoals()),
                    lines(after.form().overallGoals())));
            add(texts, TextChange.of("title", "表名", before.form().title(), after.form().title()));
            add(texts, TextChange.of("amount_unit", "金额单位", unitBefore, unitAfter));
            namedTexts(before.form().texts(), after.form().texts(), texts);
            rows(before.form().rows(), after.form().rows(), texts);
            indicators = indicators(before.indicators(), after.indicators());
        }
        boolean changed = budget.changed() || overall.changed() || !sources.isEmpty() || !texts.isEmpty()
                || indicators.stream().anyMatch(i -> i.status() != Status.UNCHANGED);
        Status status = status(before, after, changed);
        ProjectChange.MatchedBy matchedBy = before == null || after == null ? null
                : !byName ? ProjectChange.MatchedBy.CODE
                : before.codeDisclosed() && after.codeDisclosed() ? ProjectChange.MatchedBy.NAME
                : ProjectChange.MatchedBy.NAME_ONLY;
        return new ProjectChange(status, matchedBy, before, after, budget, texts,
                indicators.stream().filter(i -> i.status() != Status.UNCHANGED).toList(), overall, sources);
    }

    /**
     * The 部门整体支出绩效目标表: 部门职能, 年度主要任务 (name, content and amount as printed, one a
     * line), goals per term, and its budget (total and fund sources) and indicators, one a line, so a
     * changed amount or target shows as a changed line.
     */
    private static void overallTable(OverallTable before, OverallTable after, List<TextChange> texts) {
        OverallTable a = before == null ? EMPTY_TABLE : before;
        OverallTable b = after == null ? EMPTY_TABLE : after;
        add(texts, TextChange.of("overall_table.functions", "部门职能概述", a.functions(), b.functions()));
        add(texts, TextChange.of("overall_table.tasks", "年度主要任务", tasks(a), tasks(b)));
        add(texts, TextChange.of("overall_table.overall_goals", "整体表总体目标", lines(a.form().overallGoals()),
                lines(b.form().overallGoals())));
        add(texts, TextChange.of("overall_table.long_term_goals", "整体表长期目标", lines(a.longTermGoals()),
                lines(b.longTermGoals())));
        add(texts, TextChange.of("overall_table.mid_term_goals", "整体表中期目标", lines(a.form().midTermGoals()),
                lines(b.form().midTermGoals())));
        add(texts, TextChange.of("overall_table.goals", "整体表年度目标", lines(a.goals()), lines(b.goals())));
        add(texts, TextChange.of("overall_table.budget", "整体表预算", budgetLines(a), budgetLines(b)));
        add(texts, TextChange.of("overall_table.indicators", "整体表绩效指标", indicatorLines(a), indicatorLines(b)));
    }

    /** 预算总额 and each fund source (其中 nested by ／), amounts as printed; null when the table has none. */
    private static String budgetLines(OverallTable t) {
        List<String> lines = new ArrayList<>();
        String unit = t.amountUnit() != null ? t.amountUnit() : "";
        if (t.budget().total() != null || t.budgetDetails().totalPrinted() != null) {
            lines.add(Objects.toString(t.budgetDetails().totalLabel(), "预算总额") + "："
                    + amountText(t.budget().total(), t.budgetDetails().totalPrinted()) + unit);
        }
        sourceLines("", t.budgetDetails().sources(), unit, lines);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void sourceLines(String parent, List<org.gongkai.model.FundSource> sources, String unit,
            List<String> lines) {
        for (org.gongkai.model.FundSource s : sources) {
            String path = parent + s.name() + (s.term() != null ? "（" + s.term() + "）" : "");
            lines.add(path + "：" + amountText(s.amount(), s.printed()) + unit);
            sourceLines(path + "／", s.sources(), unit, lines);
        }
    }

    private static String amountText(java.math.BigDecimal amount, String printed) {
        return printed != null ? printed : amount != null ? amount.toPlainString() : "（空白）";
    }

    /** One indicator a line: its levels and name, then its target as disclosed. */
    private static String indicatorLines(OverallTable t) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : t.indicators()) {
            StringBuilder name = new StringBuilder();
            for (String part : new String[] {i.level1(), i.level2(), i.name()}) {
                if (part != null) {
                    name.append(name.length() > 0 ? "／" : "").append(part);
                }
            }
            lines.add(name + "：" + Objects.toString(i.target(), "（未填写）"));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static final OverallTable EMPTY_TABLE = new OverallTable(null, org.gongkai.model.Budget.EMPTY,
            org.gongkai.model.BudgetDetails.NONE, null, List.of(), null, null, List.of(),
            org.gongkai.model.FormParts.NONE, List.of(), null);

    private static String tasks(OverallTable t) {
        StringBuilder s = new StringBuilder();
        for (OverallTable.Task task : t.tasks()) {
            s.append(s.length() > 0 ? "\n" : "").append(Objects.toString(task.name(), "")).append("：")
                    .append(Objects.toString(task.content(), ""));
            String amount = task.printed() != null ? task.printed()
                    : task.amount() != null ? task.amount().toPlainString() : null;
            if (amount != null) {
                s.append("（").append(amount).append("）");
            }
        }
        return s.toString();
    }

    /** Named text rows (实施单位, 项目概况…) by key, in the order of the newer form, then those dropped. */
    private static void namedTexts(List<NamedText> before, List<NamedText> after, List<TextChange> texts) {
        Map<String, NamedText> old = new LinkedHashMap<>();
        before.forEach(t -> old.putIfAbsent(t.key(), t));
        for (NamedText t : after) {
            NamedText was = old.remove(t.key());
            add(texts, TextChange.of(t.key(), t.label(), was == null ? null : was.value(), t.value()));
        }
        old.values().forEach(t -> add(texts, TextChange.of(t.key(), t.label(), t.value(), null)));
    }

    /**
     * Generic rows (项目负责人及电话…) by their printed label, the n-th row of a label with the n-th of
     * the other side; the label names the change. Sign-off lines (填报日期…) are not compared.
     */
    private static void rows(List<FormRow> before, List<FormRow> after, List<TextChange> texts) {
        Map<String, List<FormRow>> old = new LinkedHashMap<>();
        before.forEach(r -> old.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        for (FormRow r : after) {
            List<FormRow> same = old.get(r.label());
            FormRow was = same == null || same.isEmpty() ? null : same.remove(0);
            add(texts, TextChange.of("rows", r.label(), was == null ? null : was.value(), r.value()));
        }
        old.values().forEach(list -> list.forEach(r -> add(texts, TextChange.of("rows", r.label(), r.value(), null))));
    }

    /** Numbered, one goal a line: a goal added in the middle shows as one added line. */
    private static String lines(List<String> goals) {
        if (goals == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < goals.size(); i++) {
            s.append(i > 0 ? "\n" : "").append(i + 1).append(". ").append(goals.get(i));
        }
        return s.toString();
    }

    private static String schedule(List<ScheduleEntry> schedule) {
        StringBuilder s = new StringBuilder();
        for (ScheduleEntry e : schedule) {
            s.append(s.length() > 0 ? "；" : "").append(e.month()).append("月底 ")
                    .append(e.percent() == null ? "（空）" : e.percent().toPlainString());
        }
        return s.toString();
    }

    static List<IndicatorChange> indicators(List<Indicator> before, List<Indicator> after) {
        int[] match = new int[before.size()]; // before row → after row, or -1
        java.util.Arrays.fill(match, -1);
        boolean[] taken = new boolean[after.size()];
        pairRows(before, after, match, taken, r -> term(r) + "\u0000" + r.level1() + "\u0000" + r.level2() + "\u0000"
                + r.name());
        pairRows(before, after, match, taken, r -> term(r) + "\u0000" + r.name());
        pairRows(before, after, match, taken, Indicator::name);

        // Dropped rows are shown after the row that now stands where their predecessor went.
        Map<Integer, List<Integer>> droppedAfter = new HashMap<>();
        int anchor = -1;
        for (int i = 0; i < before.size(); i++) {
            if (match[i] >= 0) {
                anchor = match[i];
            } else {
                droppedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(i);
            }
        }
        int[] matchedFrom = new int[after.size()];
        java.util.Arrays.fill(matchedFrom, -1);
        for (int i = 0; i < before.size(); i++) {
            if (match[i] >= 0) {
                matchedFrom[match[i]] = i;
            }
        }
        List<IndicatorChange> rows = new ArrayList<>();
        droppedAfter.getOrDefault(-1, List.of()).forEach(i -> rows.add(row(before.get(i), null)));
        for (int j = 0; j < after.size(); j++) {
            rows.add(row(matchedFrom[j] >= 0 ? before.get(matchedFrom[j]) : null, after.get(j)));
            droppedAfter.getOrDefault(j, List.of()).forEach(i -> rows.add(row(before.get(i), null)));
        }
        return rows;
    }

    private static void pairRows(List<Indicator> before, List<Indicator> after, int[] match, boolean[] taken,
            Function<Indicator, String> key) {
        Map<String, List<Integer>> free = new HashMap<>();
        for (int j = 0; j < after.size(); j++) {
            if (!taken[j]) {
                free.computeIfAbsent(key.apply(after.get(j)), k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (match[i] < 0) {
                List<Integer> candidates = free.get(key.apply(before.get(i)));
                if (candidates != null && !candidates.isEmpty()) {
                    int j = candidates.remove(0);
                    match[i] = j;
                    taken[j] = true;
                }
            }
        }
    }

    private static IndicatorChange row(Indicator before, Indicator after) {
        if (before == null || after == null) {
            return new IndicatorChange(before == null ? Status.ADDED : Status.DROPPED, before, after, List.of(), null);
        }
        List<TextChange> cells = new ArrayList<>();
        add(cells, TextChange.of("level1", "一级指标", before.level1(), after.level1()));
        add(cells, TextChange.of("level2", "二级指标", before.level2(), after.level2()));
        add(cells, TextChange.of("description", "绩效指标描述", before.description(), after.description()));
        add(cells, TextChange.of("target", "指标值", before.target(), after.target()));
        add(cells, TextChange.of("basis", "指标值确定依据", before.basis(), after.basis()));
        add(cells, TextChange.of("term", "期限", term(before), term(after)));
        extra(before, after, cells);
        TargetDirection direction = TargetDirection.of(before.target(), before.reading(), after.target(),
                after.reading());
        return new IndicatorChange(cells.isEmpty() ? Status.UNCHANGED : Status.CHANGED, before, after, cells,
                direction);
    }

    /** Extra printed columns (分值, 备注…) by heading; the heading names the change. */
    private static void extra(Indicator before, Indicator after, List<TextChange> cells) {
        Map<String, String> old = new LinkedHashMap<>(before.extra());
        after.extra().forEach((heading, text) -> add(cells, TextChange.of("extra", heading, old.remove(heading), text)));
        old.forEach((heading, text) -> add(cells, TextChange.of("extra", heading, text, null)));
    }

    private static String term(Indicator row) {
        return row.term() == null ? "年度" : row.term();
    }

    private static Status status(Object before, Object after, boolean changed) {
        return before == null ? Status.ADDED : after == null ? Status.DROPPED
                : changed ? Status.CHANGED : Status.UNCHANGED;
    }

    private static void add(List<TextChange> list, TextChange change) {
        if (change != null) {
            list.add(change);
        }
    }

    private record Pair<T>(T before, T after, boolean byName) {
    }

    /**
     * Pairs by code, then by a name unique among the unpaired on both sides; keeps the order of after,
     * then before. An item without a code (null) is paired by name only.
     */
    private static <T> List<Pair<T>> pair(List<T> before, List<T> after, Function<T, String> code,
            Function<T, String> name) {
        Map<String, Integer> oldByCode = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String c = code.apply(before.get(i));
            if (c != null) {
                oldByCode.putIfAbsent(c, i);
            }
        }
        boolean[] paired = new boolean[before.size()];
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> unpairedNew = new ArrayList<>();
        for (T t : after) {
            String c = code.apply(t);
            Integer was = c == null ? null : oldByCode.remove(c);
            if (was != null) {
                paired[was] = true;
                pairs.add(new Pair<>(before.get(was), t, false));
            } else {
                unpairedNew.add(t);
            }
        }
        List<T> unpairedOld = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!paired[i]) {
                unpairedOld.add(before.get(i));
            }
        }
        Map<String, Long> oldNames = count(unpairedOld, name);
        Map<String, Long> newNames = count(unpairedNew, name);
        Map<String, Integer> oldByName = new HashMap<>();
        for (int i = 0; i < unpairedOld.size(); i++) {
            oldByName.put(name.apply(unpairedOld.get(i)), i);
        }
        boolean[] pairedByName = new boolean[unpairedOld.size()];
        for (T t : unpairedNew) {
            String n = name.apply(t);
            Integer was = n != null && oldNames.getOrDefault(n, 0L) == 1 && newNames.get(n) == 1 ? oldByName.get(n) : null;
            if (was != null) {
                pairedByName[was] = true;
                pairs.add(new Pair<>(unpairedOld.get(was), t, true));
            } else {
                pairs.add(new Pair<>(null, t, false));
            }
        }
        for (int i = 0; i < unpairedOld.size(); i++) {
            if (!pairedByName[i]) {
                pairs.add(new Pair<>(unpairedOld.get(i), null, false));
            }
        }
        return pairs;
    }

    private static <T> Map<String, Long> count(java.util.Collection<T> items, Function<T, String> name) {
        Map<String, Long> counts = new HashMap<>();
        items.forEach(t -> counts.merge(Objects.toString(name.apply(t)), 1L, Long::sum));
        return counts;
    }
}
