package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading by labels: one case per rule, as a small text export inline ("|" stands for a cell's tab). */
class FormReaderTest {

    @TempDir
    Path dir;

    private String importProject(String text) throws Exception {
        Path file = dir.resolve("表.txt");
        Files.writeString(file, text.replace("|", "\t"), StandardCharsets.UTF_8);
        Importer.Result result = Importer.run(List.of(file), new Importer.Options("2024", Map.of()));
        return result.outputs().stream().filter(o -> o.path().toString().contains("projects")).findFirst()
                .orElseThrow().yaml();
    }

    @Test
    void labelsCompareWithoutSpacesWidthsColonsNumbersAndBrackets() {
        assertEquals("年度资金总额", Labels.label("年度资金总额:"));
        assertEquals("其中:财政拨款", Labels.label("其中 ：财政拨款"));
        assertEquals("索引号", Labels.label("[ 索引号 ]"));
        assertEquals("自有资金", Labels.label("二、自有资金："));
        assertEquals(Labels.Money.CURRENT, Labels.money("当年资金总额:"));
        assertEquals(Labels.Money.OVERALL, Labels.money("项目总预算"));
        assertEquals(Labels.Money.SOURCE, Labels.money("其中 :上级资金"));
        assertNull(Labels.money("财政资金科目代码"));
        assertNull(Labels.money("年度预算执行率"));
    }

    @Test
    void amountsWithWordsAroundThemKeepTheirPrintedText() {
        assertEquals(new PrintedAmount("854", "854万(高标准农田建设400万元)", "万元"),
                PrintedAmount.parse("854万(高标准农田建设400万元)"));
        assertEquals(new PrintedAmount("1200.50", "1,200.50", null), PrintedAmount.parse("1,200.50"));
        assertEquals(new PrintedAmount(null, "1600元/亩", null), PrintedAmount.parse("1600元/亩"));
        PrintedAmount.Labelled cell = PrintedAmount.labelled("财政拨款:10万元(其中:上级:6万元;本级:4万元)");
        assertEquals("财政拨款", cell.label());
        assertEquals(List.of("上级", "本级"), cell.nested().stream().map(PrintedAmount.Labelled::label).toList());
    }

    @Test
    void aKnownHeadingIsNeverAValueAndADateIsNeverAUnitLine() throws Exception {
        String yaml = importProject("""
                项目绩效目标表(2024年度)
                |项目名称
                |示例

                |项目负责人
                |实施单位
                |某中心

                2024年3月27日
                640324032/2023-00047
                """);
        assertTrue(yaml.contains("owner: null\n"), yaml);
        assertTrue(yaml.contains("implementing_unit: 某中心\n"), yaml);
        assertTrue(yaml.contains("notes:\n  - 2024年3月27日\n  - 640324032/2023-00047\n"), yaml);
        assertTrue(!yaml.contains("\nunit:"), yaml);
    }

    @Test
    void currentAndOverallBudgetsTakeTheirSourcesByColumn() throws Exception {
        String yaml = importProject("""
                |项目名称
                |示例

                |项目资金
                |资金总额
                |936
                |当年资金总额:
                |900

                |
                |其中:财政拨款
                |936
                |其中:当年财政拨款
                |900
                """);
        assertTrue(yaml.contains("""
                budget:
                  total: 900
                  total_label: 当年资金总额
                  overall: 936
                  overall_label: 资金总额
                  sources:
                    - name: 其中:财政拨款
                      amount: 936
                      term: 总
                    - name: 其中:当年财政拨款
                      amount: 900
                      term: 当年
                """), yaml);
        assertTrue(yaml.contains("rows:\n  - label: 项目资金\n    value: null\n"), yaml);
    }

    @Test
    void sourcesThatDoNotAddUpAreCopiedAndSaidSo() throws Exception {
        String yaml = importProject("""
                |项目名称
                |示例

                |预算数
                |10

                |财政拨款
                |6

                |其他资金
                |3
                """);
        assertTrue(yaml.contains("silence:\n  - rule: budget-sources\n"), yaml);
    }
}
