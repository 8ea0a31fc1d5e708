package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variants real disclosures use, each as a small text export written inline ("|" stands for
 * the tab that starts a cell): optional keys, numbering styles, odd spacing in labels, several
 * departments in one file.
 */
class VariantsTest {

    @TempDir
    Path dir;

    /** Imports {@code text} ("|" = tab) and returns file name → YAML. */
    Map<String, String> importText(String text, List<Finding> findings) throws Exception {
        Path file = dir.resolve("部门.txt");
        Files.writeString(file, text.replace("|", "\t"), StandardCharsets.UTF_8);
        Importer.Result result = Importer.run(List.of(file), new Importer.Options("2024", Map.of()));
        findings.addAll(result.findings());
        Map<String, String> files = new TreeMap<>();
        result.outputs().forEach(o -> files.put(o.path().toString().replace('\\', '/'), o.yaml()));
        return files;
    }

    static final String PART_ONE = """
            第一部分
            部门整体绩效目标
            一、总体绩效目标
            总体目标第一段。
            总体目标第二段。
            二、分项绩效目标
            1.第一项工作
            第一项的内容。
            绩效 目标：第一项的目标。
            绩效指标:第一项的指标。
            2、第二项工作
            第二项的内容。
            绩效目标：第二项的目标。
            绩效指标：第二项的指标。
            三、工作保障措施
            （一）措施一。
            2.措施二。
            第二部分
            预算项目绩效目标
            """;

    @Test
    void optionalKeysNumberingAndOddSpacing() throws Exception {
        String text = PART_ONE + """
                1.示例项目绩效目标表
                |700001某某局本级
                |单位：万元

                |项 目 编 码
                |P1
                |项目名称
                |示例项目

                |项目属性
                |延续
                |主管部门
                |某某局

                |项目负责人
                |张三
                |起止时间
                |2023年1月至2025年12月

                |预算规模及资金用途
                |预算数
                |1,200.50
                |其中：财政　　资金
                |1200.50
                |其他资金
                |0

                |
                |用于示例。

                |资金支出计划（％）
                |3月底
                |6月末
                |9月
                |12月底

                |
                |25％
                |
                |75
                |100%

                |绩效目标
                |长期目标
                |（1）长期一
                （2）长期二

                |
                |年度目标
                |1、年度一
                2、年度二


                |一级指标
                |二级指标
                |三级指标
                |绩效指标描述
                |指标值
                |指标值确定依据
                |指标期限

                |产出指标
                |数量指标
                |次数
                |
                |≥3次
                |计划
                |长期

                |
                |
                |质量
                |描述
                |
                |
                |年度
                """;
        List<Finding> findings = new java.util.ArrayList<>();
        Map<String, String> files = importText(text, findings);
        assertEquals(List.of(), findings);
        assertEquals("""
                code: "700001"
                name: 某某局
                year: 2024
                unit: 万元
                units:
                  - code: "700001"
                    name: 某某局本级
                overall_goal: |
                  总体目标第一段。

                  总体目标第二段。
                item_goals:
                  - name: 第一项工作
                    content: 第一项的内容。
                    goal: 第一项的目标。
                    indicator: 第一项的指标。
                  - name: 第二项工作
                    content: 第二项的内容。
                    goal: 第二项的目标。
                    indicator: 第二项的指标。
                measures: |
                  （一）措施一。

                  2.措施二。
                """, files.get("content/2024/700001/department.yaml"));
        assertEquals("""
                code: P1
                name: 示例项目
                unit: "700001"
                order: 1
                attribute: 延续
                department_in_charge: 某某局
                owner: 张三
                period:
                  start: 2023年1月
                  end: 2025年12月
                budget:
                  total: 1200.50
                  fiscal: 1200.50
                  other: 0
                purpose: 用于示例。
                schedule:
                  3: 25
                  6: null
                  9: 75
                  12: 100
                long_term_goals:
                  - 长期一
                  - 长期二
                goals:
                  - 年度一
                  - 年度二
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 次数
                    description: null
                    target: "≥3次"
                    basis: 计划
                    term: 长期
                  - level2: null
                    name: 质量
                    description: 描述
                    target: null
                    basis: null
                    term: 年度
                """, files.get("content/2024/700001/projects/P1.yaml"));
    }

    @Test
    void unitLineAsAParagraphAboveTheTable() throws Exception {
        List<Finding> findings = new java.util.ArrayList<>();
        Map<String, String> files = importText("""
                1.段落项目绩效目标表
                700003某某中心本级　　　　单位：元

                |项目编码
                |Q1
                |项目名称
                |段落项目

                |预算数
                |7

                |一级指标
                |二级指标
                |三级指标

                |产出指标
                |数量指标
                |次数
                """, findings);
        assertEquals(List.of(), findings);
        assertTrue(files.get("content/2024/700003/department.yaml").contains("name: 某某中心\nyear: 2024\nunit: 元\n"));
        assertTrue(files.get("content/2024/700003/projects/Q1.yaml").startsWith("code: Q1\nname: 段落项目\nunit: \"700003\"\n"));
    }

    @Test
    void twoDepartmentsInOneFile() throws Exception {
        String project = """
                %d.项目%s绩效目标表
                |%s本级
                |单位：元

                |项目编码
                |%s
                |项目名称
                |项目%s

                |预算规模及资金用途
                |预算数
                |5
                |其中：财政资金
                |5
                |其他资金
                |

                |一级指标
                |二级指标
                |三级指标
                |绩效指标描述
                |指标值
                |指标值确定依据

                |产出指标
                |数量指标
                |次数
                |描述
                |1次
                |计划

                """;
        String text = PART_ONE + project.formatted(1, "甲", "700001甲局", "A1", "甲")
                + project.formatted(2, "乙", "700001甲局", "A2", "乙")
                + PART_ONE + project.formatted(1, "丙", "700002乙局", "B1", "丙");
        List<Finding> findings = new java.util.ArrayList<>();
        Map<String, String> files = importText(text, findings);
        assertEquals(List.of(), findings);
        assertEquals(List.of("content/2024/700001/department.yaml", "content/2024/700001/projects/A1.yaml",
                "content/2024/700001/projects/A2.yaml", "content/2024/700002/department.yaml",
                "content/2024/700002/projects/B1.yaml"), List.copyOf(files.keySet()));
        assertTrue(files.get("content/2024/700002/department.yaml").startsWith("code: \"700002\"\nname: 乙局\n"));
        assertTrue(files.get("content/2024/700002/projects/B1.yaml").contains("order: 1\n"));
        assertTrue(files.get("content/2024/700001/projects/A2.yaml").contains("order: 2\n"));
        assertTrue(files.get("content/2024/700001/department.yaml").contains("unit: 元\n"));
    }
}
