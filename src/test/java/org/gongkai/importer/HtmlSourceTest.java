package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages: tables with rowspan and colspan expanded like Word's merged cells, paragraphs around them. */
class HtmlSourceTest {

    @TempDir
    Path dir;

    private static List<Block> read(String html) throws Exception {
        return HtmlSource.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each row as "text" cells, merged copies marked ^ (from above) and < (from the left). */
    private static List<String> grid(Block.Table t) {
        List<String> rows = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                cells.add((c.merge() == Cell.Merge.FROM_ABOVE ? "^" : c.merge() == Cell.Merge.FROM_LEFT ? "<" : "")
                        + c.text().replace("\n", "/"));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    @Test
    void rowspanAndColspanExpandIntoTheGrid() throws Exception {
        List<Block> blocks = read("""
                <html><body><p>项目支出绩效目标表</p><div>金额单位:万元</div>
                <table><tbody>
                <tr><td rowspan="3">绩效指标</td><td>一级指标</td><td colspan="2">三级指标</td></tr>
                <tr><td rowspan="2">产出指标</td><td>次数<br>（次）</td><td>3</td></tr>
                <tr><td>质量</td><td><p>好</p><p>很好</p></td></tr>
                <tr><td colspan="2" rowspan="2">合并</td><td>a</td><td>b</td></tr>
                <tr><td>c</td><td>d</td></tr>
                </tbody></table>
                <p>填报日期:&nbsp;2021年1月28日</p><script>var x = 1;</script></body></html>
                """);
        assertEquals(4, blocks.size());
        assertEquals("项目支出绩效目标表", ((Block.Paragraph) blocks.get(0)).text());
        assertEquals("金额单位:万元", ((Block.Paragraph) blocks.get(1)).text());
        Block.Table t = (Block.Table) blocks.get(2);
        assertEquals(List.of("绩效指标|一级指标|三级指标|<三级指标", "^绩效指标|产出指标|次数/（次）|3",
                "^绩效指标|^产出指标|质量|好/很好", "合并|<合并|a|b", "^合并|<合并|c|d"), grid(t));
        assertEquals("表 1 第 2 行第 3 格", t.rows().get(1).get(2).where());
        assertEquals("表 1 第 3 行第 1 格", t.rows().get(2).get(0).where());
        assertEquals("填报日期: 2021年1月28日", ((Block.Paragraph) blocks.get(3)).text());
        assertEquals("第 3 段", ((Block.Paragraph) blocks.get(3)).cell().where());
    }

    @Test
    void aRowspanPastTheLastRowAndAGapStayInPlace() throws Exception {
        Block.Table t = (Block.Table) read("""
                <table><tr><td rowspan="9">甲</td><td>乙</td><td rowspan="2">丙</td></tr>
                <tr><td>丁</td></tr></table>""").get(0);
        assertEquals(List.of("甲|乙|丙", "^甲|丁|^丙"), grid(t));
    }

    @Test
    void aPortalPageImportsAsAProjectWithItsMetadata() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, """
                <html><head><meta charset="utf-8"><title>x</title></head><body>
                <table><tr><td>索 引 号</td><td>640324032/2023-00047</td><td>发文时间</td><td>2023-03-27</td></tr>
                <tr><td>发布机构</td><td>某某镇</td><td>有效性</td><td>有效</td></tr></table>
                <p>项目绩效目标表(2023年度)</p>
                <table>
                <tr><td>项目名称</td><td colspan="3">示范项目</td></tr>
                <tr><td rowspan="2">资金情况(万元)</td><td>年度资金总额:</td><td colspan="2">12万(其中设备5万元)</td></tr>
                <tr><td>其中:财政拨款</td><td colspan="2">12</td></tr>
                <tr><td>总体目标</td><td colspan="3">年度目标</td></tr>
                <tr><td></td><td colspan="3">完成建设</td></tr>
                <tr><td rowspan="2">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>分值</td></tr>
                <tr><td>产出指标</td><td>数量指标</td><td>建成数</td><td>≥1个</td><td>10</td></tr>
                </table>
                <p>2023年3月27日</p></body></html>
                """, StandardCharsets.UTF_8);
        Importer.Result result = Importer.run(List.of(page), new Importer.Options(null, Map.of()));
        assertEquals(List.of(Path.of("content/2023/某某镇/department.yaml"),
                Path.of("content/2023/某某镇/projects/示范项目.yaml")), result.outputs().stream().map(Importer.Output::path)
                .toList());
        String department = result.outputs().get(0).yaml();
        assertTrue(department.contains("disclosure:\n  index_number: 640324032/2023-00047\n  date: 2023-03-27\n"
                + "  publisher: 某某镇\n  validity: 有效\n") || department.contains("index_number: 640324032/2023-00047"),
                department);
        String project = result.outputs().get(1).yaml();
        assertTrue(project.contains("  total: 12\n  total_label: 年度资金总额\n  total_printed: 12万(其中设备5万元)\n"), project);
        assertTrue(project.contains("    - name: 其中:财政拨款\n      amount: 12\n"), project);
        assertTrue(project.contains("overall_goals: []\n"), project);
        assertTrue(project.contains("goals:\n  - 完成建设\n"), project);
        assertTrue(project.contains("indicator_titles:\n  年度: 绩效指标\n"), project);
        assertTrue(project.contains("  - level1: 产出指标\n    level2: 数量指标\n    name: 建成数\n    target: \"≥1个\"\n"
                + "    extra:\n      分值: \"10\"\n"), project);
        assertTrue(project.contains("notes:\n  - 2023年3月27日\n"), project);
        assertTrue(!project.contains("unit: 2023"), "a date is never a unit line: " + project);
    }
}
