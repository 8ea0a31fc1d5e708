package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms of other layouts than the 遵化 one: a department and projects known by name only, named fund
 * sources, 当年 and 总 budgets, goals and indicator tables per term with extra columns, generic rows and
 * tables, sign-off lines, notes, the printed order, and the 部门整体支出绩效目标表. Every disclosed value
 * must reach a page.
 */
public class FormFamilyPagesTest {

    public static final String SITE = """
            -- site.yaml --
            title: 各地表式
            -- content/2022/岳阳县农业农村局/department.yaml --
            name: 岳阳县农业农村局
            year: 2022
            unit: 万元
            title: 乡村振兴衔接资金绩效目标申报表
            rows:
              - label: 部门预算编码
                value: "230001"
            disclosure:
              index_number: 640324032/2023-00047
              title: 关于设施农业种植项目绩效目标设定的公示
              validity: 有效
              method: 主动公开
            overall_table:
              title: 2022年部门整体支出绩效目标表
              functions: 负责全县农业农村工作
              budget:
                total: 1200.50
                total_label: 年度预算收入总额
                sources:
                  - name: 财政拨款收入
                    amount: 1000.50
                  - name: 其他收入
                    amount: 200
              tasks:
                - name: 高标准农田建设
                  content: 新建高标准农田一万亩
                  amount: 854
              goals:
                - 完成年度重点任务
              indicators:
                - level1: 产出指标
                  level2: 数量指标
                  name: 新建农田面积
                  target: ≥10000亩
            -- content/2022/岳阳县农业农村局/projects/高标准农田建设项目.yaml --
            name: 岳阳县2022年高标准农田建设项目
            title: 绩效目标申报表(基础设施建设类)
            department_in_charge: 岳阳县农业农村局
            implementing_unit: 农田建设服务中心
            period: 2022.1-2022.12
            budget:
              total: 854
              total_label: 年度资金总额
              total_printed: 854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
              overall: 1000
              overall_label: 项目总预算
              sources:
                - name: 财政拨款
                  amount: 854
                  sources:
                    - name: 上级财政资金
                      amount: 800.25
                    - name: 本级财政
                      amount: 53.75
                - name: 其他资金
                  amount: null
            overview: 镇域内水利、道路建设
            overall_goals: []
            mid_term_goals:
              - 三年内完成全部建设
            goals:
              - 完成项目主体工程70%
            goal_labels:
              年度: 年度主要目标和成果
            indicator_titles:
              长期: 长期绩效指标
              年度: 年度绩效目标(90分)
            indicator_columns:
              - key: level1
                heading: 一级指标
              - key: level2
                heading: 二级指标
              - key: name
                heading: 指标内容
              - key: target
                heading: 指标值
              - heading: 分值
              - heading: 备注
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: 脱贫村村内道路硬化里程
                target: ≥100公里
                term: 年度
                extra:
                  分值: "10"
                  备注: 以验收为准
              - level2: 质量指标
                name: 项目(工程)验收合格率
                target: 100%
                term: 年度
                extra:
                  分值: "5"
                  备注: null
              - level1: 效益指标
                level2: 经济效益指标
                name: 年增粮食
                target: 3500公斤
                term: 长期
            rows:
              - label: 项目负责人及电话
                value: 彭兵
              - section: 项目立项情况
                label: 项目申报的可行性
                value: 已申报项目可行性评估
            tables:
              - title: 项目实施进度计划
                columns: [项目实施内容, 开始时间, 完成时间]
                rows:
                  - [1总体概念规划, "2016", "2020"]
                  - [2、核心区规划, "2021", null]
            sign_off:
              - label: 填报单位(盖章)
                value: 宁乡市坝塘镇人民政府
            notes:
              - 附件:设施农业种植项目绩效目标设定表.xlsx
            layout: [name, 项目负责人及电话, department_in_charge, implementing_unit, budget, goals, indicators]
            -- content/2022/岳阳县农业农村局/projects/元项目.yaml --
            name: 按元公开的项目
            amount_unit: 元
            budget:
              total: 8827620.53
            """;

    static Map<String, String> pages;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("site"), SITE);
        new Build(site, dir.resolve("out")).run();
        pages = Sites.read(dir.resolve("out"));
    }

    private static String project() {
        return pages.get("2022/岳阳县农业农村局/高标准农田建设项目/index.html");
    }

    @Test
    void aProjectKnownByNameHasItsPageAndNoCodeRow() {
        String page = project();
        assertTrue(page.contains("<tr><th id=\"f-name\" scope=\"row\">项目名称</th><td colspan=\"1\">岳阳县2022年高标准农田建设项目</td></tr>"), page);
        assertFalse(page.contains("项目编码"), page);
        assertTrue(page.contains("<span class=\"subtitle\">绩效目标申报表(基础设施建设类)</span>"), page);
        String department = pages.get("2022/岳阳县农业农村局/index.html");
        assertTrue(department.contains("href=\"../../2022/岳阳县农业农村局/高标准农田建设项目/index.html\""), department);
        assertFalse(department.contains("部门编码"), department);
    }

    @Test
    void theFormPrintsInTheOrderOfItsLayout() {
        String page = project();
        // The layout's parts first, then the others in the national form's order; tables after the form.
        List<String> order = List.of("项目名称", "项目负责人及电话", "主管部门", "实施单位", "项目总预算", "年度资金总额",
                "资金来源", "总体目标", "中期目标", "年度主要目标和成果", "起止时间", "项目申报的可行性", "项目概况",
                "年度绩效目标(90分)", "长期绩效指标", "项目实施进度计划", "原文其他内容");
        int at = -1;
        for (String label : order) {
            int next = page.indexOf(label, at + 1);
            assertTrue(next > at, label + " should follow the previous label\n" + page);
            at = next;
        }
    }

    @Test
    void everyDisclosedValueIsShown() {
        String page = project();
        for (String value : List.of("854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", ">1000<",
                "财政拨款", "800.25", "上级财政资金", "53.75", "其他资金", "2022.1-2022.12", "农田建设服务中心",
                "镇域内水利、道路建设", "三年内完成全部建设", "完成项目主体工程70%", "脱贫村村内道路硬化里程", "≥100公里",
                "以验收为准", "<th scope=\"col\">分值</th>", "<th scope=\"col\">指标内容</th>", "彭兵",
                "项目立项情况", "已申报项目可行性评估", "1总体概念规划", "2016", "2、核心区规划", "填报单位(盖章)",
                "宁乡市坝塘镇人民政府", "附件:设施农业种植项目绩效目标设定表.xlsx", "3500公斤")) {
            assertTrue(page.contains(value), value + "\n" + page);
        }
    }

    @Test
    void mergedIndicatorCellsSpanTheirRunsPerTermTable() {
        String page = project();
        assertTrue(page.contains("<th scope=\"row\" rowspan=\"2\"><span class=\"cell-label\" aria-hidden=\"true\">一级指标</span>产出指标</th><th scope=\"row\"><span class=\"cell-label\" aria-hidden=\"true\">二级指标</span>数量指标</th>"), page);
        assertEquals(2, count(page, "<table class=\"indicators printed stack\">"));
    }

    @Test
    void theOverallTableAndDisclosureMetadataAreOnTheDepartmentPage() {
        String page = pages.get("2022/岳阳县农业农村局/index.html");
        for (String value : List.of("2022年部门整体支出绩效目标表", "负责全县农业农村工作", "年度预算收入总额", "1200.50",
                "财政拨款收入", "1000.50", "高标准农田建设", "新建高标准农田一万亩", "854", "完成年度重点任务",
                "新建农田面积", "≥10000亩", "640324032/2023-00047", "关于设施农业种植项目绩效目标设定的公示", "有效",
                "主动公开", "乡村振兴衔接资金绩效目标申报表", "部门预算编码", "230001")) {
            assertTrue(page.contains(value), value + "\n" + page);
        }
        assertFalse(page.contains("第一部分"), "no 第一部分 when the document has none\n" + page);
    }

    @Test
    void amountsInAnotherUnitAreNeverAddedToTheDepartmentTotal() {
        String page = pages.get("2022/岳阳县农业农村局/index.html");
        assertTrue(page.contains("8827620.53 元（不计入合计）"), page);
        // Sorting keeps it apart too: the row names its unit, the amount columns say they hold amounts.
        assertTrue(page.contains("<tr data-unit=\"元\"><td class=\"num\">"), page);
        assertEquals(3, count(page, "data-sort=\"amount\""));
        assertTrue(page.contains("<th scope=\"row\" colspan=\"2\">合计</th><td class=\"num\"><span class=\"cell-label\" aria-hidden=\"true\">预算数</span>854</td>"), page);
        assertTrue(pages.get("2022/岳阳县农业农村局/元项目/index.html").contains("单位：元"));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
