package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid sites, one rule each: the load fails and reports exactly these lines, in
 * {@code file:line:column: message} form. The site is {@link Sites#MINIMAL} with one file replaced.
 */
class LoaderErrorsTest {

    static final String DEPT = "content/2023/731001/department.yaml";
    static final String PROJECT = "content/2023/731001/projects/P1.yaml";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown key with a near spelling", PROJECT, """
                        code: P1
                        name: 测试项目
                        budegt:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:1: 未知的键 \"budegt\"，是否想写 \"budget\"？（项目文件可用的键：code, name, unit, order, budget, purpose, schedule, goals, long_term_goals, attribute, department_in_charge, owner, period, indicators, silence, amount_unit, implementing_unit, contact, phone, category, nature, overview, basis, feasibility, necessity, measures, title, mid_term_goals, overall_goals, goal_labels, indicator_titles, indicator_columns, rows, tables, sign_off, notes, layout）")),
                Arguments.of("unknown key written as the form's label", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          预算数: 1.00
                          total: 1.00
                        """, List.of(
                        PROJECT + ":4:3: 未知的键 \"预算数\"，是否想写 \"total\"？（预算（budget）可用的键：total, fiscal, other, total_label, total_printed, fiscal_printed, other_printed, overall, overall_label, overall_printed, sources）")),
                Arguments.of("amount written as text", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 0.85万元
                          fiscal: "0.85"
                        """, List.of(
                        PROJECT + ":4:10: \"total\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"0.85万元\"",
                        PROJECT + ":5:11: \"fiscal\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"0.85\"")),
                Arguments.of("list where a mapping belongs", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          - 1.00
                        """, List.of(
                        PROJECT + ":4:3: 预算（budget）应为映射（键: 值），这里是列表")),
                Arguments.of("project code differs from its file name", PROJECT, """
                        code: P2
                        name: 测试项目
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":1:7: 项目编码 \"P2\" 与文件名 \"P1.yaml\" 不一致")),
                Arguments.of("department code and year differ from their folders", DEPT, """
                        code: "731002"
                        name: 测试部门
                        year: 2024
                        unit: 万元
                        """, List.of(
                        DEPT + ":1:7: 部门编码 \"731002\" 与所在文件夹 \"731001\" 不一致",
                        DEPT + ":3:7: 年度 2024 与所在文件夹 \"2023\" 不一致")),
                Arguments.of("money unit outside 万元/元", DEPT, """
                        code: "731001"
                        name: 测试部门
                        year: 2023
                        unit: 千元
                        """, List.of(
                        DEPT + ":4:7: \"unit\" 只能是 万元 或 元，这里是 \"千元\"")),
                Arguments.of("empty file", PROJECT, "# 只有注释\n", List.of(
                        PROJECT + ":1:1: 文件是空的（没有任何键）")),
                Arguments.of("duplicate key", PROJECT, """
                        code: P1
                        name: 测试项目
                        name: 又一个名称
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:1: 键 \"name\" 重复（第一次出现在第 2 行）")),
                Arguments.of("YAML syntax error", PROJECT, """
                        code: P1
                        name: "测试项目
                        budget:
                        """, List.of(
                        PROJECT + ":4:1: YAML 语法错误：文件在引号或括号闭合之前就结束了（是否少了一个引号？）［found unexpected end of stream］")),
                Arguments.of("alias", PROJECT, """
                        code: P1
                        name: &n 测试项目
                        purpose: *n
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:10: 不支持 YAML 别名（*n），请直接写出内容")),
                Arguments.of("first indicator without level1", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        indicators:
                          - level2: 数量指标
                            name: 次数
                        """, List.of(
                        PROJECT + ":6:5: 第一行指标缺少 \"level1\"（一级指标）：只有后续行可以省略它以沿用上一行")),
                Arguments.of("schedule month out of range and percent as text", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        schedule:
                          3: 30%
                          13: 100
                        """, List.of(
                        PROJECT + ":6:6: 3月底的累计支出百分比 应为数字（不加引号和单位，如 0.85），这里是文本 \"30%\"",
                        PROJECT + ":7:3: 资金支出计划的键应为月份 1–12，这里是 \"13\"")),
                Arguments.of("term outside 年度/长期 and a blank goal", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        goals:
                          -
                        indicators:
                          - level1: 产出指标
                            name: 次数
                            term: 短期
                        """, List.of(
                        PROJECT + ":6:4: \"goals\" 的每一项应为非空文本，这里是空值",
                        PROJECT + ":10:11: \"term\" 只能是 年度 或 长期 或 中期 或 总体，这里是 \"短期\"")),
                Arguments.of("unit not listed by the department", PROJECT, """
                        code: P1
                        name: 测试项目
                        unit: "999"
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":1:1: 项目的预算单位 \"999\" 未列在 " + DEPT + " 的 units 中")),
                Arguments.of("missing required keys", PROJECT, """
                        code: P1
                        budget:
                          fiscal: 1.00
                        """, List.of(
                        PROJECT + ":1:1: 项目文件缺少必填的键 \"name\"",
                        PROJECT + ":3:3: 预算缺少键 \"total\"（预算数；空白请写 null）")),
                Arguments.of("tab indentation", PROJECT, "code: P1\nname: 测试项目\nbudget:\n\ttotal: 1.00\n", List.of(
                        PROJECT + ":4:1: YAML 语法错误：YAML 不能用 Tab 缩进，请改用空格［found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)］")),
                Arguments.of("a second document", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        ---
                        code: P2
                        """, List.of(
                        PROJECT + ":6:1: 一个文件只能有一个 YAML 文档（请删去 \"---\" 之后的内容）")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPlace(String what, String file, String text, List<String> expected,
            @TempDir Path dir) {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, file, text);
        LoadException e = assertThrows(LoadException.class, () -> SiteLoader.load(dir));
        assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
    }
}
