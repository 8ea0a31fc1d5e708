package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every non-empty cell and paragraph of the seed is either a label of the printed form or appears
 * in the imported YAML — counted independently of the importer's own bookkeeping.
 */
class CellCountTest {

    /** Headings and row/column labels of the form: structure, not content. */
    private static final Set<String> LABELS = Set.of("第一部分", "部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标",
            "三、工作保障措施", "第二部分", "预算项目绩效目标", "单位：万元", "项目编码", "项目名称", "预算规模及资金用途", "预算数",
            "其中：财政    资金", "其他资金", "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", "绩效目标", "一级指标",
            "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    private static final Pattern TITLE = Pattern.compile("^\\d+\\.(.+)绩效目标表$");

    @Test
    void everyCellOfTheSeedIsInTheImportedYaml() throws Exception {
        Importer.Result result = Importer.run(List.of(SeedRoundTripTest.SEED), SeedRoundTripTest.OPTIONS);
        StringBuilder all = new StringBuilder();
        result.outputs().forEach(o -> all.append(o.yaml()));
        String yaml = all.toString();
        List<Block> blocks = TextSource.read(Files.readString(SeedRoundTripTest.SEED, StandardCharsets.UTF_8));
        int labels = 0;
        int values = 0;
        List<String> missing = new ArrayList<>();
        for (Block block : blocks) {
            List<Cell> cells = block instanceof Block.Table t ? t.rows().stream().flatMap(List::stream).toList()
                    : List.of(((Block.Paragraph) block).cell());
            for (Cell cell : cells) {
                String text = cell.text();
                if (text.isBlank()) {
                    continue;
                }
                if (LABELS.contains(text)) {
                    labels++;
                    continue;
                }
                values++;
                for (String expected : expectedInYaml(text)) {
                    if (!yaml.contains(expected)) {
                        missing.add(cell.where() + " 「" + expected + "」");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        // The seed's count, so a reader that silently drops cells cannot pass by finding fewer: 388
        // non-blank lines (grep -cv '^\\s*$'), less the 5 that are second paragraphs of 绩效目标 cells.
        assertEquals(383, values + labels, "labels " + labels + ", values " + values);
    }

    /** How a cell's text shows in YAML: numbering, label prefixes and % go; everything else is verbatim. */
    private static List<String> expectedInYaml(String text) {
        var title = TITLE.matcher(text);
        if (title.matches()) {
            return List.of("name: " + title.group(1));
        }
        if (text.startsWith("绩效目标：") || text.startsWith("绩效指标：")) {
            return List.of(text.substring(5));
        }
        if (text.matches("\\d+%")) {
            return List.of(": " + text.substring(0, text.length() - 1) + "\n");
        }
        if (text.matches("\\d{6}.+本级")) {
            return List.of("code: \"" + text.substring(0, 6) + "\"", "name: " + text.substring(6));
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(line.startsWith("（") && line.indexOf('）') == 2 ? line.substring(3) : Labels.stripNumber(line));
        }
        return lines;
    }
}
