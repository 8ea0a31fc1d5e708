package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated and malformed documents: every finding names its place in the source, and what
 * could be read is still written, marked incomplete.
 */
class ReportsTest {

    @TempDir
    Path dir;

    private Importer.Result importText(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text.replace("|", "\t"), StandardCharsets.UTF_8);
        return Importer.run(List.of(file), new Importer.Options("2023", Map.of()));
    }

    private static List<String> findings(Importer.Result result) {
        return result.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void documentCutOffInsideTheBudgetRow() throws Exception {
        Importer.Result result = importText("cut.txt", """
                1.某项目绩效目标表
                |700001某局本级
                |单位：万元

                |项目编码
                |P9
                |项目名称
                |某项目

                |预算规模及资金用途
                |预算数
                |3.50
                |其中：财政资金
                """);
        assertEquals(List.of(
                "cut.txt 第 13 行：表格在「其中：财政资金」处截断，之后的内容没有读到",
                "cut.txt 第 1 行：这个绩效目标表没有读到：指标表"), findings(result));
        Importer.Output project = result.outputs().get(1);
        assertEquals(Path.of("content/2023/700001/projects/P9.yaml"), project.path());
        assertTrue(project.incomplete());
        assertEquals("""
                # 导入不完整：以下内容没有读到或未能归入，请对照原文补全后删去这段注释
                #   cut.txt 第 13 行：表格在「其中：财政资金」处截断，之后的内容没有读到
                #   cut.txt 第 1 行：这个绩效目标表没有读到：指标表
                code: P9
                name: 某项目
                unit: "700001"
                order: 1
                budget:
                  total: 3.50
                """, project.yaml());
    }

    @Test
    void unknownLabelsColumnsAndValuesAreReportedWithTheirPlace() throws Exception {
        Importer.Result result = importText("odd.txt", """
                游离的一段文字
                1.某项目绩效目标表
                |700001某局本级
                |单位：万元

                |项目编码
                |P9
                |项目类别
                |专项

                |预算规模及资金用途
                |预算数
                |3.5万元
                |其中：财政资金
                |3.50
                |其他资金
                |

                |一级指标
                |二级指标
                |三级指标
                |备注
                |指标值

                |产出指标
                |数量指标
                |次数
                |随便写写
                |≥1次
                |多出来的

                |
                |质量指标
                |
                |
                |≥90%
                """);
        assertEquals(List.of(
                "odd.txt 第 1 行：这一段不属于能识别的任何部分，未导入：「游离的一段文字」",
                "odd.txt 第 8 行：未知的行标签「项目类别」，其后的「专项」未导入（可识别：项目编码、项目名称、预算数、其中：财政资金、其他资金、项目属性、主管部门、项目负责人、起止时间……）",
                "odd.txt 第 13 行：金额「3.5万元」不是数字，写为 null（空白），请对照原文填写",
                "odd.txt 第 22 行：指标表有未知的列「备注」，这一列未导入（可识别：一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据、指标期限）",
                "odd.txt 第 30 行：指标行多出的格未导入：「多出来的」",
                "odd.txt 第 32 行：这一行的三级指标是空白"), findings(result));
        String yaml = result.outputs().get(1).yaml();
        assertTrue(yaml.contains("budget:\n  total: null\n  fiscal: 3.50\n  other: null\n"), yaml);
        assertTrue(yaml.contains("  - level1: 产出指标\n    level2: 数量指标\n    name: 次数\n    target: \"≥1次\"\n"), yaml);
    }

    @Test
    void filesThatCannotBeReadAtAllNameTheFile() throws Exception {
        Path fakeDocx = Files.writeString(dir.resolve("坏的.docx"), "not a zip");
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.run(List.of(fakeDocx), new Importer.Options("2023", Map.of())));
        assertEquals(fakeDocx + "：无法读取（不是有效的 Word .docx 文件）", e.getMessage());

        Path gbk = dir.resolve("gbk.txt");
        // Not UTF-8, and not GB18030 either (0x80 and 0xFF begin no GB18030 character).
        Files.write(gbk, new byte[] {(byte) 0xB5, (byte) 0xDA, (byte) 0x80, (byte) 0xFF});
        e = assertThrows(ImportException.class, () -> Importer.run(List.of(gbk), new Importer.Options("2023", Map.of())));
        assertEquals(gbk + "：文本文件不是 UTF-8 编码（请另存为 UTF-8，或直接导入 .docx）", e.getMessage());

        Path missing = dir.resolve("没有.xlsx");
        e = assertThrows(ImportException.class,
                () -> Importer.run(List.of(missing), new Importer.Options("2023", Map.of())));
        assertEquals(missing + "：文件不存在", e.getMessage());
    }

    @Test
    void aYearIsNeededWhenTheDocumentDoesNotSayIt() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(List.of(SeedRoundTripTest.SEED),
                new Importer.Options(null, Map.of())));
        assertEquals("000_8ddc17a317e3134c.txt：文件中没有写明预算年度，请用 --year 指定（如 --year 2023）", e.getMessage());
    }
}
