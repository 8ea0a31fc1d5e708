package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two-year fixture holds one of every kind of change; each test looks at one kind. */
class DifferTest {

    static final java.nio.file.Path TWO_YEARS = Sites.REPO.resolve("src/test/resources/two-years");

    static Comparison comparison;

    @BeforeAll
    static void compare() throws Exception {
        Site site = SiteLoader.load(TWO_YEARS);
        comparison = Differ.compare("2023年", departments(site, 2023), "2024年", departments(site, 2024));
    }

    private static List<Department> departments(Site site, int year) {
        return site.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow().departments();
    }

    private static DepartmentChange department(String code) {
        return comparison.departments().stream().filter(d -> d.department().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static ProjectChange project(String code) {
        return comparison.departments().stream().flatMap(d -> d.projects().stream())
                .filter(p -> p.project().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void projectsAreMatchedByCodeAndUnchangedOnesSaySo() {
        ProjectChange same = project("13028123P00015510004C");
        assertEquals(Status.UNCHANGED, same.status());
        assertEquals(ProjectChange.MatchedBy.CODE, same.matchedBy());
        assertEquals(ProjectChange.MatchedBy.CODE, project("13028123P00016110004W").matchedBy());
    }

    @Test
    void aProjectWhoseCodeChangedIsMatchedByItsNameAndTheReportSaysSo() {
        ProjectChange renamed = project("13028124P00015710009Q");
        assertEquals(Status.CHANGED, renamed.status());
        assertEquals(ProjectChange.MatchedBy.NAME, renamed.matchedBy());
        assertEquals("13028123P00015710004P", renamed.before().code());
        assertEquals("code", renamed.texts().get(0).field());
        assertTrue(TextReport.of(comparison, false).contains("编码不同，按名称对应，原编码 13028123P00015710004P"));
    }

    @Test
    void addedAndDroppedProjectsAndDepartments() {
        assertEquals(Status.ADDED, project("13028124P00030010001A").status());
        assertEquals(Status.DROPPED, project("13028123P000221100034").status());
        assertEquals(Status.ADDED, department("731002").status());
        assertEquals(Status.CHANGED, department("731001").status());
        assertEquals(2, comparison.projectCount(Status.ADDED)); // 青少年科技创新大赛, 展品更新
        assertEquals(1, comparison.projectCount(Status.DROPPED));
    }

    @Test
    void budgetChangesPerFundSourceAbsoluteAndInPercent() {
        BudgetChange b = project("13028123P00016110004W").budget();
        assertEquals(new BigDecimal("0.15"), b.total().delta());
        assertEquals(new BigDecimal("17.6"), b.total().percent());
        assertEquals(new BigDecimal("-0.05"), b.fiscal().delta());
        assertEquals(new BigDecimal("-5.9"), b.fiscal().percent());
        // A blank 其他资金 that is now 0.20: a change, with no percentage of nothing.
        assertNull(b.other().before());
        assertEquals(new BigDecimal("0.20"), b.other().delta());
        assertNull(b.other().percent());

        BudgetChange total = department("731001").totals();
        assertEquals(new BigDecimal("47.85"), total.total().before());
        assertEquals(new BigDecimal("44.50"), total.total().after());
        assertEquals(new BigDecimal("-7.0"), total.total().percent());
    }

    @Test
    void goalTextChangesAreHighlightedCharacterByCharacter() {
        TextChange goals = project("13028123P00016110004W").texts().stream().filter(t -> t.field().equals("goals"))
                .findFirst().orElseThrow();
        List<String> inserted = goals.segments().stream().filter(s -> s.op() == TextDiff.Op.INSERT)
                .map(TextDiff.Segment::text).toList();
        assertEquals(List.of("网络", "与"), inserted);
        TextChange overall = department("731001").texts().stream().filter(t -> t.field().equals("overall_goal"))
                .findFirst().orElseThrow();
        assertTrue(overall.segments().stream().anyMatch(s -> s.op() == TextDiff.Op.INSERT
                && s.text().equals("和科普人才队伍")), overall.segments().toString());
    }

    @Test
    void indicatorRowsAddedDroppedAndChangedWithTheDirectionOfTheirTargets() {
        List<IndicatorChange> rows = project("13028123P00016110004W").indicators();
        assertEquals(List.of("采购质量 changed RAISED", "费用报销及时性 changed LOWERED", "审核金额 dropped null",
                "维护质量安全 changed REWORDED", "培训人员满意度 added null"),
                rows.stream().map(r -> r.row().name() + " " + r.status().key() + " " + r.target()).toList());
        // A row filed under another 二级指标 is the same row, changed.
        IndicatorChange moved = rows.get(3);
        assertEquals(List.of("level2", "target"), moved.cells().stream().map(TextChange::field).toList());
        assertEquals(TargetDirection.LOWERED, project("13028124P00015710009Q").indicators().get(0).target());
        assertEquals(1, comparison.targetCount(TargetDirection.RAISED));
        assertEquals(2, comparison.targetCount(TargetDirection.LOWERED));
    }

    @Test
    void comparingTheOtherWayRoundMirrorsEveryChange() throws Exception {
        Site site = SiteLoader.load(TWO_YEARS);
        Comparison back = Differ.compare("2024年", departments(site, 2024), "2023年", departments(site, 2023));
        assertEquals(Status.DROPPED, back.departments().stream().filter(d -> d.department().code().equals("731002"))
                .findFirst().orElseThrow().status());
        assertEquals(comparison.projectCount(Status.ADDED), back.projectCount(Status.DROPPED));
        assertEquals(comparison.projectCount(Status.DROPPED), back.projectCount(Status.ADDED));
        assertEquals(comparison.projectCount(Status.CHANGED), back.projectCount(Status.CHANGED));
        assertEquals(comparison.targetCount(TargetDirection.RAISED), back.targetCount(TargetDirection.LOWERED));
        assertEquals(comparison.targetCount(TargetDirection.LOWERED), back.targetCount(TargetDirection.RAISED));
        assertEquals(comparison.totals().total().delta().negate(), back.totals().total().delta());
    }

    @Test
    void aNameSharedByTwoProjectsIsNoGroundForMatching() {
        var a = new org.gongkai.model.Project("A1", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE, false, false, List.of());
        var b = new org.gongkai.model.Project("A2", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE, false, false, List.of());
        var c = new org.gongkai.model.Project("B1", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE, false, false, List.of());
        Department before = department("731001").before();
        DepartmentChange d = Differ.department(before.withProjects(List.of(a, b)), before.withProjects(List.of(c)));
        assertEquals(List.of("B1 added", "A1 dropped", "A2 dropped"),
                d.projects().stream().map(p -> p.project().code() + " " + p.status().key()).toList());
    }

    /** Two years of a township known by name only, with the keys of the whole form family. */
    static final String FAMILY = """
            -- site.yaml --
            title: 测试
            -- content/2023/坝塘镇/department.yaml --
            name: 宁乡市坝塘镇人民政府
            year: 2023
            unit: 万元
            -- content/2023/坝塘镇/projects/高标准农田建设.yaml --
            name: 高标准农田建设
            budget:
              total: 854
              total_label: 年度资金总额
              overall: 1000
              sources:
                - name: 财政拨款
                  amount: 800
                  sources:
                    - name: 上级财政
                      amount: 400
                    - name: 本级财政
                      amount: 400
                - name: 自有资金
                  amount: 54
            overview: 建设高标准农田1000亩
            mid_term_goals:
              - 三年内建成
            indicator_columns:
              - key: level1
                heading: 一级指标
              - key: name
                heading: 三级指标
              - key: target
                heading: 指标值
              - heading: 备注
            indicators:
              - level1: 产出指标
                name: 建设面积
                target: "≥1000亩"
                extra:
                  备注: 无
            rows:
              - label: 项目负责人及电话
                value: 彭兵
            -- content/2023/坝塘镇/projects/道路维修.yaml --
            name: 道路维修
            amount_unit: 元
            budget:
              total: 8500
            -- content/2024/坝塘镇/department.yaml --
            name: 宁乡市坝塘镇人民政府
            year: 2024
            unit: 万元
            rows:
              - label: 统一社会信用代码
                value: "1143"
            overall_table:
              functions: 负责全镇农业
              tasks:
                - name: 农田建设
                  content: 建设农田
                  printed: 854万
            -- content/2024/坝塘镇/projects/高标准农田建设.yaml --
            name: 高标准农田建设
            budget:
              total: 854
              total_label: 年度资金总额
              overall: 1200
              sources:
                - name: 财政拨款
                  amount: 700
                  sources:
                    - name: 上级财政
                      amount: 400
                    - name: 本级财政
                      amount: 300
                - name: 其他
                  amount: 154
            overview: 建设高标准农田1200亩
            mid_term_goals:
              - 两年内建成
            indicator_columns:
              - key: level1
                heading: 一级指标
              - key: name
                heading: 三级指标
              - key: target
                heading: 指标值
              - heading: 备注
            indicators:
              - level1: 产出指标
                name: 建设面积
                target: "≥1000亩"
                extra:
                  备注: 含旱地
            rows:
              - label: 项目负责人及电话
                value: 彭兵 13800000000
            -- content/2024/坝塘镇/projects/道路维修.yaml --
            name: 道路维修
            budget:
              total: 0.90
            """;

    @Test
    void theOverallTablesAmountsAndIndicatorsAreCompared(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String department = """
                name: 坝塘镇
                year: %d
                unit: 万元
                overall_table:
                  budget:
                    total: %s
                    sources:
                      - name: 财政拨款收入
                        amount: %s
                        sources:
                          - name: 上级补助
                            amount: 100
                  indicators:
                    - level1: 产出指标
                      level2: 数量指标
                      name: 新建农田面积
                      target: "%s"
                """;
        Site site = SiteLoader.load(Sites.write(dir, "-- site.yaml --\ntitle: t\n"
                + "-- content/2023/坝塘镇/department.yaml --\n" + department.formatted(2023, "900", "900", "≥8000亩")
                + "-- content/2024/坝塘镇/department.yaml --\n" + department.formatted(2024, "1000.50", "1000.50", "≥10000亩")));
        Comparison c = Differ.compare("2023年", departments(site, 2023), "2024年", departments(site, 2024));
        assertEquals(List.of(
                "overall_table.budget 预算总额：900\n财政拨款收入：900\n财政拨款收入／上级补助：100"
                        + " → 预算总额：1000.50\n财政拨款收入：1000.50\n财政拨款收入／上级补助：100",
                "overall_table.indicators 产出指标／数量指标／新建农田面积：≥8000亩 → 产出指标／数量指标／新建农田面积：≥10000亩"),
                c.departments().get(0).texts().stream().map(t -> t.field() + " " + t.before() + " → " + t.after()).toList());
    }

    private static Comparison family(java.nio.file.Path dir, boolean reversed) throws Exception {
        Site site = SiteLoader.load(Sites.write(dir, FAMILY));
        return reversed ? Differ.compare("2024年", departments(site, 2024), "2023年", departments(site, 2023))
                : Differ.compare("2023年", departments(site, 2023), "2024年", departments(site, 2024));
    }

    private static ProjectChange named(Comparison c, String name) {
        return c.departments().stream().flatMap(d -> d.projects().stream())
                .filter(p -> p.project().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFormFamilyKeysAreComparedAndProjectsWithoutCodesArePairedByName(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        Comparison c = family(dir, false);
        assertEquals(Status.CHANGED, c.departments().get(0).status());
        assertEquals("宁乡市坝塘镇人民政府", c.heading(c.departments().get(0)));
        assertEquals(List.of("rows 统一社会信用代码 null → 1143", "overall_table.functions 部门职能概述 null → 负责全镇农业",
                "overall_table.tasks 年度主要任务  → 农田建设：建设农田（854万）"), c.departments().get(0).texts().stream()
                        .map(t -> t.field() + " " + t.label() + " " + t.before() + " → " + t.after()).toList());
        ProjectChange farm = named(c, "高标准农田建设");
        assertEquals(ProjectChange.MatchedBy.NAME_ONLY, farm.matchedBy());
        assertEquals(List.of("财政拨款 changed -100", "财政拨款／本级财政 changed -100", "其他 added 154",
                "自有资金 dropped -54"), farm.sources().stream().map(s -> s.name() + " " + s.status().key() + " "
                        + s.amount().delta().toPlainString()).toList());
        assertEquals(new BigDecimal("200"), farm.overall().delta());
        assertEquals(List.of("mid_term_goals 中期目标", "overview 项目概况", "rows 项目负责人及电话"),
                farm.texts().stream().map(t -> t.field() + " " + t.label()).toList());
        assertEquals(List.of("extra 备注 无 → 含旱地"), farm.indicators().get(0).cells().stream()
                .map(t -> t.field() + " " + t.label() + " " + t.before() + " → " + t.after()).toList());

        // 8500 元 and 0.90 万元 are shown, never subtracted; the 元 project stays out of the 万元 total.
        ProjectChange road = named(c, "道路维修");
        assertEquals(Status.CHANGED, road.status());
        assertNull(road.budget().total().delta());
        assertEquals("amount_unit 元 → 万元", road.texts().get(0).field() + " " + road.texts().get(0).before() + " → "
                + road.texts().get(0).after());
        assertEquals(new BigDecimal("854"), c.departments().get(0).totals().total().before());
        assertEquals(new BigDecimal("854.90"), c.departments().get(0).totals().total().after());

        String text = TextReport.of(c, false);
        assertTrue(text.contains("\n  [~] 高标准农田建设（变化，按名称匹配）\n"), text);
        assertTrue(text.contains("      总预算 1000 → 1200（+200，+20.0%）\n"
                + "      资金来源[~] 财政拨款 800 → 700（-100，-12.5%）\n"), text);
        assertTrue(text.contains("      资金来源[+] 其他 154（新增）\n      资金来源[-] 自有资金 54（移除）\n"), text);
        assertTrue(text.contains("      项目负责人及电话：彭兵{+ 13800000000+}\n"), text);
        assertTrue(text.contains("      指标[~] 产出指标 / 建设面积；备注：[-无-]{+含旱地+}"), text);
        assertTrue(text.contains("      预算数 8500 → 0.90（金额单位不同，不作增减）"), text);
        assertTrue(text.contains("    2023年另有 1 个项目的金额单位不是万元，未计入合计\n"), text);
        String md = MarkdownReport.of(c);
        assertTrue(md.contains("\n2023年另有 1 个项目的金额单位不是万元，未计入合计。\n"), md);
        assertTrue(md.contains("#### 变化：高标准农田建设\n\n按名称匹配（未印项目编码）。\n"), md);
        assertTrue(md.contains("| 资金来源：财政拨款／本级财政（变化） | 400 | 300 | -100，-25.0% |"), md);
        assertTrue(md.contains("| 金额（元 → 万元） | 上年 | 本年 | 增减 |\n| --- | ---: | ---: | ---: |\n"
                + "| 预算数 | 8500 | 0.90 | 单位不同，不作增减 |"), md);
        String json = JsonReport.of(c);
        assertTrue(json.contains("{\"code\":null,\"id\":\"高标准农田建设\",\"name\":\"高标准农田建设\",\"status\":\"changed\","
                + "\"matched_by\":\"name_only\",\"code_before\":null,"), json);
        assertTrue(json.contains("{\"status\":\"added\",\"name\":\"其他\",\"amount\":{\"before\":null,\"after\":154,"
                + "\"delta\":154,\"percent\":null}}"), json);
    }

    @Test
    void theFormFamilyComparedTheOtherWayRoundMirrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Comparison forth = family(dir.resolve("a"), false);
        Comparison back = family(dir.resolve("b"), true);
        ProjectChange there = named(forth, "高标准农田建设");
        ProjectChange here = named(back, "高标准农田建设");
        assertEquals(ProjectChange.MatchedBy.NAME_ONLY, here.matchedBy());
        assertEquals(there.overall().delta().negate(), here.overall().delta());
        Map<String, String> mirrored = Map.of("added", "dropped", "dropped", "added", "changed", "changed");
        assertEquals(there.sources().stream().map(s -> s.name() + " " + mirrored.get(s.status().key()) + " "
                        + s.amount().delta().negate().toPlainString()).sorted().toList(),
                here.sources().stream().map(s -> s.name() + " " + s.status().key() + " "
                        + s.amount().delta().toPlainString()).sorted().toList());
        assertEquals(there.texts().stream().map(t -> t.field() + t.before() + "→" + t.after()).toList(),
                here.texts().stream().map(t -> t.field() + t.after() + "→" + t.before()).toList());
        assertEquals(there.indicators().get(0).cells().get(0).after(), here.indicators().get(0).cells().get(0).before());
        assertNull(named(back, "道路维修").budget().total().delta());
    }
}
