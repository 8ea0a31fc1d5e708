package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Site;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule on a clean project changed in one way: the findings are exactly these (line, rule,
 * grade). The clean project itself triggers nothing, so every case shows one rule firing and
 * the others staying quiet.
 */
class RulesTest {

    static final String FILE = "content/2023/731001/projects/13028123P00016110004W.yaml";

    /** A project with nothing to report. Lines are numbered in the comments for the cases below. */
    static final String CLEAN = """
            code: 13028123P00016110004W
            name: 安可计算机购置
            budget:
              total: 0.85
              fiscal: 0.85
              other: null
            purpose: 预算数0.85万元，其中财政资金0.85万元，其他资金0万元。
            schedule:
              3: 30
              6: 60
              10: 90
              12: 100
            goals:
              - 保障单位工作顺利开展。
            indicators:
              - level1: 产出指标
                level2: 质量指标
                name: 采购质量
                description: 把关采购计算机质优价廉
                target: "≥95 %"
                basis: 根据年初工作计划安排
              - level1: 效益指标
                level2: 社会效益指标
                name: 维护质量安全
                description: 维护计算机安全保密
                target: "较大"
                basis: 根据年初工作计划安排
              - level1: 满意度指标
                level2: 服务对象满意度指标
                name: 培训人员满意度
                description: 满意的人数占比
                target: "≥95 %"
                basis: 根据年初工作计划安排
            """;

    static List<String> findings(Path dir, String project, String siteExtra) throws Exception {
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: 测试站点\nbase_url: https://example.gov.cn/\nportal:\n  site_domain: example.gov.cn\n"
                + "  site_id_code: \"1\"\n  column_type: 财政预决算\n  published: 2023-02-01\n" + siteExtra);
        Sites.put(dir, FILE, project);
        Site site;
        try {
            site = SiteLoader.load(dir);
        } catch (org.gongkai.load.LoadException e) {
            throw new AssertionError(e.problems().toString());
        }
        return Checker.of(site.config().check()).check(site).stream()
                .map(f -> f.origin().line() + " " + f.rule() + " " + f.grade().name().toLowerCase()
                        + (f.silenced() != null ? " silenced: " + f.silenced() : "")).toList();
    }

    static String change(String from, String to) {
        if (!CLEAN.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return CLEAN.replace(from, to);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("clean", CLEAN, List.of()),
                Arguments.of("fiscal + other differs from total",
                        change("  other: null", "  other: 0.10"), List.of("3 budget-sum error", "7 purpose-amounts error")),
                Arguments.of("a negative amount, though the sum holds",
                        change("  fiscal: 0.85\n  other: null", "  fiscal: 0.95\n  other: -0.10")
                                .replace("purpose: 预算数0.85万元，其中财政资金0.85万元，其他资金0万元。", "purpose: 用于购置计算机。"),
                        List.of("3 budget-negative error")),
                Arguments.of("exact decimals: 0.85 = 0.850",
                        change("  fiscal: 0.85", "  fiscal: 0.850"), List.of()),
                Arguments.of("purpose states another amount",
                        change("其中财政资金0.85万元", "其中财政资金0.58万元"), List.of("7 purpose-amounts error")),
                Arguments.of("plan goes down and above 100",
                        change("  6: 60\n  10: 90", "  6: 20\n  10: 190"),
                        List.of("10 schedule-order error", "11 schedule-order error", "12 schedule-order error")),
                Arguments.of("plan has a blank month and stops short of 100",
                        change("  6: 60\n  10: 90\n  12: 100", "  6: null\n  10: 90\n  12: 95"),
                        List.of("10 schedule-complete warning", "12 schedule-complete warning")),
                Arguments.of("no 满意度 indicator",
                        CLEAN.substring(0, CLEAN.indexOf("  - level1: 满意度指标")),
                        List.of("1 indicator-categories warning")),
                Arguments.of("level2 under the wrong level1, unknown level1",
                        change("    level2: 社会效益指标", "    level2: 数量指标").replace("level1: 满意度指标", "level1: 其他指标"),
                        List.of("1 indicator-categories warning", "22 framework-levels notice", "28 framework-levels notice")),
                Arguments.of("empty target and basis",
                        change("    target: \"较大\"\n    basis: 根据年初工作计划安排", "    target: \"\""),
                        List.of("22 target-missing warning", "22 target-missing warning")),
                Arguments.of("quantitative target that does not read",
                        change("target: \"较大\"", "target: \"90%-95%\""), List.of("26 target-unreadable notice")),
                Arguments.of("a target number past 15 digits has no reading",
                        change("target: \"较大\"", "target: \"≥1234567890123456次\""), List.of("26 target-unreadable notice")),
                Arguments.of("≥100% satisfaction, percent above 100",
                        change("    target: \"≥95 %\"\n    basis: 根据年初工作计划安排\n", "    target: \"≥100%\"\n    basis: 根据年初工作计划安排\n")
                                .replace("name: 培训人员满意度\n    description: 满意的人数占比\n    target: \"≥95 %\"",
                                        "name: 培训人员满意度\n    description: 满意的人数占比\n    target: \"＞１２０％\""),
                        List.of("20 target-impossible warning", "32 target-impossible warning")),
                Arguments.of("a 率 measured in 册, 次数 in 人次",
                        change("name: 采购质量", "name: 宣传材料发放率").replace("target: \"≥95 %\"\n    basis: 根据年初工作计划安排\n  - level1: 效益指标",
                                "target: \"≥50000 册\"\n    basis: 根据年初工作计划安排\n  - level1: 效益指标")
                                .replace("name: 维护质量安全", "name: 组织开展科普活动次数").replace("target: \"较大\"", "target: \"≥500人次\""),
                        List.of("20 unit-hint notice", "26 unit-hint notice")),
                Arguments.of("placeholder text",
                        change("purpose: 预算数0.85万元，其中财政资金0.85万元，其他资金0万元。", "purpose: 预算数0.85万元，其中财政资金0.85万元，其他资金0万元。用于XX。")
                                .replace("basis: 根据年初工作计划安排\n  - level1: 满意度指标", "basis: 待定\n  - level1: 满意度指标"),
                        List.of("1 placeholder warning", "22 placeholder warning")),
                Arguments.of("the same row twice",
                        CLEAN + """
                                  - level1: 满意度指标
                                    level2: 服务对象满意度指标
                                    name: 培训人员满意度
                                    description: 另一种描述
                                    target: "≥95 %"
                                    basis: 根据年初工作计划安排
                                """, List.of("34 duplicate-row warning")),
                Arguments.of("named fund sources that add up, with 其中 within their parent",
                        change("  other: null\n", "  other: null\n" + SOURCES), List.of()),
                Arguments.of("top-level fund sources that do not add up to the total",
                        change("  other: null\n", "  other: null\n" + SOURCES.replace("amount: 0.15", "amount: 0.25")),
                        List.of("8 budget-sources error")),
                Arguments.of("其中 sources adding up to more than their parent",
                        change("  other: null\n", "  other: null\n" + SOURCES.replace("amount: 0.30", "amount: 0.40")),
                        List.of("11 budget-sources error")),
                Arguments.of("a negative fund source under 其中",
                        change("  other: null\n", "  other: null\n" + SOURCES.replace("本级财政\n          amount: 0.30",
                                "本级财政\n          amount: -0.10")),
                        List.of("13 budget-negative error")),
                Arguments.of("a blank source is not added up",
                        change("  other: null\n", "  other: null\n" + SOURCES.replace("amount: 0.15", "amount: null")),
                        List.of()),
                Arguments.of("the 总 sources add up to the overall budget, not to the 当年 total",
                        change("  other: null\n", "  other: null\n  overall: 2.00\n  sources:\n"
                                + "    - name: 财政拨款\n      amount: 0.85\n      term: 当年\n"
                                + "    - name: 财政拨款\n      amount: 1.50\n      term: 总\n"
                                + "    - name: 自有资金\n      amount: 0.40\n      term: 总\n"),
                        List.of("12 budget-sources error")),
                Arguments.of("a row without a 三级指标 name",
                        change("    name: 维护质量安全\n", "").replace("target: \"较大\"", "target: \"≥100%\""),
                        List.of("22 indicator-name warning", "25 target-impossible warning")),
                Arguments.of("a 长期 table without 满意度 indicators",
                        CLEAN + LONG_TERM, List.of("34 indicator-categories warning")),
                Arguments.of("the same row in the 年度 and the 长期 table is no duplicate",
                        CLEAN + LONG_TERM + LONG_TERM_SATISFACTION, List.of()),
                Arguments.of("a table without a 一级指标 column: no 一级 classification",
                        "indicator_columns:\n  - key: name\n    heading: 三级指标\n  - key: target\n    heading: 指标值\n"
                                + "  - key: basis\n    heading: 指标值确定依据\n  - heading: 分值\n"
                                + change("  - level1: 产出指标\n    level2: 质量指标\n    ", "  - ")
                                        .replace("  - level1: 效益指标\n    level2: 社会效益指标\n    ", "  - ")
                                        .replace("  - level1: 满意度指标\n    level2: 服务对象满意度指标\n    ", "  - ")
                                        .replace("  - name: 采购质量\n", "  - name: 采购质量\n    extra:\n      分值: \"10\"\n"),
                        List.of()),
                Arguments.of("amounts in 元 (amount_unit): the purpose is read in 元",
                        change("budget:\n  total: 0.85\n  fiscal: 0.85", "amount_unit: 元\nbudget:\n  total: 8500\n  fiscal: 8500")
                                .replace("预算数0.85万元，其中财政资金0.85万元，其他资金0万元", "预算数8500元，其中财政资金5800元，其他资金0元"),
                        List.of("8 purpose-amounts error")),
                Arguments.of("no budget printed",
                        change("budget:\n  total: 0.85\n  fiscal: 0.85\n  other: null\n", ""), List.of()));
    }

    /** Fund sources for the clean project's budget (line 7 on): 0.70 + 0.15 = 0.85, 其中 0.30 + 0.40 ≤ 0.70. */
    static final String SOURCES = """
              sources:
                - name: 财政拨款
                  amount: 0.70
                  sources:
                    - name: 上级财政
                      amount: 0.30
                    - name: 本级财政
                      amount: 0.30
                - name: 自有资金
                  amount: 0.15
            """;

    /** A 长期 table after the clean project's 年度 rows (line 34 on), without 满意度 indicators. */
    static final String LONG_TERM = """
              - level1: 产出指标
                level2: 质量指标
                name: 采购质量
                description: 把关采购计算机质优价廉
                target: "≥95 %"
                basis: 根据年初工作计划安排
                term: 长期
              - level1: 效益指标
                level2: 社会效益指标
                name: 维护质量安全
                description: 维护计算机安全保密
                target: "较大"
                basis: 根据年初工作计划安排
                term: 长期
            """;

    static final String LONG_TERM_SATISFACTION = """
              - level1: 满意度指标
                level2: 服务对象满意度指标
                name: 培训人员满意度
                description: 满意的人数占比
                target: "≥95 %"
                basis: 根据年初工作计划安排
                term: 长期
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleFiresWhereItShould(String what, String project, List<String> expected, @TempDir Path dir) throws Exception {
        assertEquals(expected, findings(dir, project, ""));
    }

    @Test
    void carriedOverCodeAndOddShapeAreNotices(@TempDir Path dir) throws Exception {
        String file = "content/2023/731001/projects/13028122P00016110004W.yaml";
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: t\ncheck:\n  rules:\n    portal-setting: off\n");
        Sites.put(dir, file, change("code: 13028123P00016110004W", "code: 13028122P00016110004W"));
        Sites.put(dir, "content/2023/731001/projects/X-1.yaml", change("code: 13028123P00016110004W", "code: X-1")
                .replace("name: 安可计算机购置", "name: 其他"));
        Site site;
        try {
            site = SiteLoader.load(dir);
        } catch (org.gongkai.load.LoadException e) {
            throw new AssertionError(e.problems().toString());
        }
        List<String> found = Checker.of(site.config().check()).check(site).stream()
                .map(f -> f.origin() + " " + f.rule() + " " + f.grade()).toList();
        assertEquals(List.of("content/2023/731001/projects/13028122P00016110004W.yaml:1:7 project-code NOTICE"), found.subList(0, 1));
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void aProjectKnownByNameOnlyHasNoCodeToCheck(@TempDir Path dir) throws Exception {
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: t\ncheck:\n  rules:\n    portal-setting: off\n");
        // Without a code the file name is the id; a name such as this one is no 项目编码 of an odd shape.
        Sites.put(dir, "content/2023/731001/projects/高标准农田建设.yaml", change("code: 13028123P00016110004W\n", ""));
        Site site = SiteLoader.load(dir);
        assertEquals(List.of(), Checker.of(site.config().check()).check(site));
    }

    /** A department whose 整体支出绩效目标表 has sources that do not add up and a row without 指标值. */
    static final String OVERALL = """
            code: "731001"
            name: 测试部门
            year: 2023
            unit: 万元
            overall_table:
              budget:
                total: 100
                sources:
                  - name: 收入构成
                    amount: 100
                    sources:
                      - name: 财政拨款
                        amount: 90
                      - name: 其他收入
                        amount: 20
                  - name: 支出构成
                    amount: 100
              indicators:
                - level1: 产出指标
                  level2: 数量指标
                  name: 完成重点工作数
                  target: "≥5项"
                  basis: 年度计划
                - level1: 效益指标
                  level2: 社会效益指标
                  name: 社会影响
                  basis: 年度计划
                - level1: 满意度指标
                  level2: 服务对象满意度指标
                  name: 群众满意度
                  target: "≥95%"
                  basis: 调查
            """;

    @Test
    void theDepartmentsOverallTableGetsTheBudgetAndIndicatorRules(@TempDir Path dir) throws Exception {
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: t\ncheck:\n  rules:\n    portal-setting: off\n");
        Sites.put(dir, "content/2023/731001/department.yaml", OVERALL);
        Sites.put(dir, FILE, CLEAN);
        Site site = SiteLoader.load(dir);
        List<String> found = Checker.of(site.config().check()).check(site).stream()
                .map(f -> f.origin() + " " + f.rule() + " " + f.project() + " " + f.message()).toList();
        assertEquals(List.of(
                "content/2023/731001/department.yaml:12:13 budget-sources null 部门整体支出绩效目标表：资金来源“收入构成”其中 "
                        + "财政拨款 90 + 其他收入 20 = 110，超过“收入构成”的 100",
                "content/2023/731001/department.yaml:24:7 target-missing null 部门整体支出绩效目标表：指标“社会影响”没有填写指标值"),
                found);
        // The breakdowns are each the whole budget: one that is not is reported by itself.
        Sites.put(dir, "content/2023/731001/department.yaml", OVERALL.replace("    amount: 100\n  indicators", "    amount: 99\n  indicators")
                .replace("amount: 20", "amount: 10").replace("basis: 年度计划\n    - level1: 满意度指标", "target: 较大\n      basis: 年度计划\n    - level1: 满意度指标"));
        site = SiteLoader.load(dir);
        assertEquals(List.of("content/2023/731001/department.yaml:16:9 budget-sources ERROR"),
                Checker.of(site.config().check()).check(site).stream().map(f -> f.origin() + " " + f.rule() + " " + f.grade()).toList());
    }

    @Test
    void aFindingOfTheOverallTableCanBeSilencedInIt(@TempDir Path dir) throws Exception {
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: t\ncheck:\n  rules:\n    portal-setting: off\n");
        Sites.put(dir, "content/2023/731001/department.yaml", OVERALL
                + "  silence:\n    - rule: target-missing\n      row: 社会影响\n      reason: 原表如此，已与部门核对\n");
        Sites.put(dir, FILE, CLEAN);
        Site site = SiteLoader.load(dir);
        List<String> found = Checker.of(site.config().check()).check(site).stream()
                .map(f -> f.rule() + " " + f.silenced()).toList();
        assertEquals(List.of("budget-sources null", "target-missing 原表如此，已与部门核对"), found);
    }

    @Test
    void siteSettingsSwitchOffAndRegrade(@TempDir Path dir) throws Exception {
        String project = change("  6: 60", "  6: null").replace("target: \"较大\"", "target: \"90%-95%\"");
        assertEquals(List.of("10 schedule-complete notice"),
                findings(dir, project, "check:\n  rules:\n    schedule-complete: notice\n    target-unreadable: off\n"));
    }

    @Test
    void aSilencedFindingStaysInTheReportWithItsReason(@TempDir Path dir) throws Exception {
        String project = change("  6: 60", "  6: null") + "silence:\n  - rule: schedule-complete\n    row: 6月底\n    reason: 原表如此，已与部门核对\n";
        assertEquals(List.of("10 schedule-complete warning silenced: 原表如此，已与部门核对"), findings(dir, project, ""));
    }

    /**
     * The levels are listed in the framework's own order, the same in every run: the 2021 profile
     * has 24 orders of its four levels, and a hash map's order changes with each JVM.
     */
    @Test
    void frameworkLevelsAreListedInSourceOrder(@TempDir Path dir) throws Exception {
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), List.copyOf(Framework.of("2020").levels().keySet()));
        assertEquals(List.of("产出指标", "成本指标", "效益指标", "满意度指标"),
                List.copyOf(Framework.of("2021").levels().keySet()));
        Sites.write(dir, Sites.MINIMAL.replace("-- content/2023/731001/projects/P1.yaml --", "-- unused.txt --"));
        Sites.put(dir, "site.yaml", "title: t\nframework: \"2021\"\ncheck:\n  rules:\n    portal-setting: off\n");
        Sites.put(dir, FILE, CLEAN.replace("level1: 满意度指标", "level1: 其他指标"));
        Site site = SiteLoader.load(dir);
        List<String> messages = Checker.of(site.config().check()).check(site).stream()
                .filter(f -> f.rule().equals("framework-levels")).map(Finding::message).toList();
        assertEquals(List.of("项目“安可计算机购置”：一级指标“其他指标”不属于2021 指标体系（产出指标、成本指标、效益指标、满意度指标）"),
                messages);
    }
}
