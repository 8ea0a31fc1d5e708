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
                                """, List.of("34 duplicate-row warning")));
    }

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
