package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diff.DepartmentChange;
import org.gongkai.diff.ProjectChange;
import org.gongkai.model.Budget;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Year;

/**
 * The charts of each page type. Amounts are grouped by money unit first: one chart (and one total)
 * per unit, so 万元 and 元 are never added up or drawn on one scale. Blank amounts are not drawn, and
 * the description says how many were left out.
 */
public final class Charts {

    /** Projects drawn one by one on a department page; the rest are one bar. */
    public static final int TOP_PROJECTS = 20;

    /** Departments drawn one by one on a year page; the rest are one bar. */
    public static final int TOP_DEPARTMENTS = 30;

    private Charts() {
    }

    /** Year page: each department's total, largest first (30, then the rest as one bar), one chart per money unit. */
    public static List<BarChart> departments(Year year) {
        Map<String, List<Department>> byUnit = new LinkedHashMap<>();
        for (Department d : year.departments()) {
            byUnit.computeIfAbsent(d.unit(), u -> new ArrayList<>()).add(d);
        }
        List<BarChart> charts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Department>> e : byUnit.entrySet()) {
            List<Bar> all = e.getValue().stream().filter(d -> d.totals().total() != null)
                    .map(d -> new Bar(d.name(), d.totals().total()))
                    .sorted(Comparator.comparing(Bar::value).reversed()).toList();
            int blank = e.getValue().size() - all.size();
            if (all.isEmpty()) {
                continue;
            }
            List<Bar> bars = new ArrayList<>(all.subList(0, Math.min(TOP_DEPARTMENTS, all.size())));
            List<Bar> rest = all.subList(bars.size(), all.size());
            String restNote = "";
            if (!rest.isEmpty()) {
                bars.add(new Bar("其余 " + rest.size() + " 个部门",
                        rest.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
                restNote = "预算数最大的 " + TOP_DEPARTMENTS + " 个部门各一条，其余 " + rest.size() + " 个部门合为一条。";
            }
            String title = year.year() + "年各部门预算数" + unitSuffix(byUnit.size(), e.getKey());
            String desc = "横向条形图，按预算数从大到小排列，长度为该部门项目预算数合计（" + e.getKey() + "）。"
                    + restNote + blankNote(blank, "个部门未列预算数，未画出。");
            charts.add(new BarChart("chart-departments-" + (++n), title, desc, e.getKey(), "部门", bars));
        }
        return charts;
    }

    /** A year's total per money unit (the departments' totals added up within each unit). */
    public static List<UnitTotal> totals(Year year) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Department d : year.departments()) {
            BigDecimal total = d.totals().total();
            if (total != null) {
                sums.merge(d.unit(), total, BigDecimal::add);
            }
        }
        return sums.entrySet().stream().map(e -> new UnitTotal(e.getKey(), e.getValue())).toList();
    }

    /** Home page: the total of each year, one chart per money unit, oldest year first. */
    public static List<BarChart> years(List<Year> years) {
        Map<String, List<Bar>> byUnit = new LinkedHashMap<>();
        years.stream().sorted(Comparator.comparingInt(Year::year)).forEach(y -> {
            for (UnitTotal t : totals(y)) {
                byUnit.computeIfAbsent(t.unit(), u -> new ArrayList<>()).add(new Bar(y.year() + "年", t.amount()));
            }
        });
        List<BarChart> charts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Bar>> e : byUnit.entrySet()) {
            String title = "各年度预算数合计" + unitSuffix(byUnit.size(), e.getKey());
            String desc = "横向条形图，每个年度一条，长度为该年度各部门项目预算数合计（" + e.getKey() + "）。";
            charts.add(new BarChart("chart-years-" + (++n), title, desc, e.getKey(), "年度", e.getValue()));
        }
        return charts;
    }

    /** Department page: the largest projects by budget, the rest as one bar; one chart per money unit. */
    public static List<BarChart> projects(Department department) {
        Map<String, List<Project>> byUnit = new LinkedHashMap<>();
        for (Project p : department.projects()) {
            byUnit.computeIfAbsent(p.moneyUnit(department), u -> new ArrayList<>()).add(p);
        }
        List<BarChart> charts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Project>> e : byUnit.entrySet()) {
            List<Project> drawn = e.getValue().stream().filter(p -> p.budget().total() != null)
                    .sorted(Comparator.comparing((Project p) -> p.budget().total()).reversed()).toList();
            int blank = e.getValue().size() - drawn.size();
            if (drawn.isEmpty()) {
                continue;
            }
            List<Bar> bars = new ArrayList<>();
            drawn.stream().limit(TOP_PROJECTS).forEach(p -> bars.add(new Bar(p.name(), p.budget().total())));
            List<Project> rest = drawn.subList(Math.min(TOP_PROJECTS, drawn.size()), drawn.size());
            String restNote = "";
            if (!rest.isEmpty()) {
                BigDecimal sum = rest.stream().map(p -> p.budget().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
                bars.add(new Bar("其余 " + rest.size() + " 个项目", sum));
                restNote = "预算数最大的 " + TOP_PROJECTS + " 个项目各一条，其余 " + rest.size() + " 个项目合为一条。";
            }
            String title = "各项目预算数" + unitSuffix(byUnit.size(), e.getKey());
            String desc = "横向条形图，按预算数从大到小排列（" + e.getKey() + "）。" + restNote
                    + blankNote(blank, "个项目未列预算数，未画出。");
            charts.add(new BarChart("chart-projects-" + (++n), title, desc, e.getKey(), "项目", bars));
        }
        return charts;
    }

    /**
     * Department page: 财政拨款 against 其他资金, summed over the projects in the department's unit
     * (as its totals are); no chart when neither column was filled in.
     */
    public static List<BarChart> fundSources(Department department) {
        Budget totals = department.totals();
        List<Bar> bars = new ArrayList<>();
        if (totals.fiscal() != null) {
            bars.add(new Bar("财政拨款", totals.fiscal()));
        }
        if (totals.other() != null) {
            bars.add(new Bar("其他资金", totals.other()));
        }
        if (bars.isEmpty()) {
            return List.of();
        }
        String desc = "横向条形图，各项目财政拨款与其他资金分别合计（" + department.unit() + "）。";
        return List.of(new BarChart("chart-sources", "资金来源", desc, department.unit(), "资金来源", bars));
    }

    /**
     * Compare page: each project's budget last year and this year, as a pair of bars (the 20 pairs
     * with the largest amount, then the rest summed as one pair). Only projects in the department's
     * unit on both sides are drawn, and only when the unit did not change between the years.
     */
    public static List<BarChart> compare(DepartmentChange change, int previous) {
        Department before = change.before();
        Department after = change.after();
        if (before == null || after == null || !before.unit().equals(after.unit())) {
            return List.of();
        }
        String unit = after.unit();
        List<ProjectChange> drawn = change.projects().stream()
                .filter(p -> p.before() == null || unit.equals(p.before().moneyUnit(before)))
                .filter(p -> p.after() == null || unit.equals(p.after().moneyUnit(after)))
                .filter(p -> amount(p.before()) != null || amount(p.after()) != null)
                .sorted(Comparator.comparing(Charts::larger).reversed()).toList();
        if (drawn.isEmpty()) {
            return List.of();
        }
        List<Bar> bars = new ArrayList<>();
        String was = "（" + previous + "年）";
        String now = "（" + after.year() + "年）";
        for (ProjectChange p : drawn.subList(0, Math.min(TOP_PROJECTS, drawn.size()))) {
            pair(bars, p.project().name(), amount(p.before()), amount(p.after()), was, now);
        }
        List<ProjectChange> rest = drawn.subList(Math.min(TOP_PROJECTS, drawn.size()), drawn.size());
        String restNote = "";
        if (!rest.isEmpty()) {
            pair(bars, "其余 " + rest.size() + " 个项目", sum(rest.stream().map(p -> amount(p.before())).toList()),
                    sum(rest.stream().map(p -> amount(p.after())).toList()), was, now);
            restNote = "金额最大的 " + TOP_PROJECTS + " 个项目各一对，其余 " + rest.size() + " 个项目合为一对。";
        }
        String title = "各项目预算数：" + previous + "年与" + after.year() + "年";
        String desc = "横向条形图，每个项目两条：浅色为" + previous + "年，深色为" + after.year() + "年（" + unit
                + "）。新增或移除的项目只有一条。" + restNote;
        return List.of(new BarChart("chart-compare", title, desc, unit, "项目", bars));
    }

    private static void pair(List<Bar> bars, String name, BigDecimal was, BigDecimal now, String wasYear,
            String nowYear) {
        if (was != null) {
            bars.add(new Bar(name + wasYear, was, true));
        }
        if (now != null) {
            bars.add(new Bar(name + nowYear, now));
        }
    }

    private static BigDecimal amount(Project p) {
        return p == null ? null : p.budget().total();
    }

    private static BigDecimal larger(ProjectChange p) {
        BigDecimal a = amount(p.before());
        BigDecimal b = amount(p.after());
        return a == null ? b : b == null ? a : a.max(b);
    }

    /** The sum of the amounts given, or null when every one is blank. */
    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static String unitSuffix(int units, String unit) {
        return units > 1 ? "（以" + unit + "计的部分）" : "";
    }

    private static String blankNote(int blank, String text) {
        return blank == 0 ? "" : blank + text;
    }
}
