package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Site;
import org.gongkai.support.Cli;
import org.gongkai.support.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary form of the Markdown diff: always within a pull-request comment, the full report beside it. */
class SummaryReportTest {

    private static final int GITHUB_COMMENT = 65_536;

    @TempDir
    Path dir;

    @Test
    void aSiteOfAnySizeFitsOneComment() throws Exception {
        Comparison one = DifferTest.comparison;
        if (one == null) {
            DifferTest.compare();
            one = DifferTest.comparison;
        }
        for (int copies : new int[] {1, 10, 100, 1_000, 10_000}) {
            List<DepartmentChange> many = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                many.addAll(one.departments());
            }
            String summary = SummaryReport.of(new Comparison("2023年", "2024年", many), "变化全文.md");
            assertTrue(summary.length() <= SummaryReport.LIMIT, copies + " copies: " + summary.length());
            assertTrue(summary.length() < GITHUB_COMMENT);
            long changed = many.stream().filter(d -> d.status() != Status.UNCHANGED).count();
            String departments = summary.substring(summary.indexOf("### 各部门预算合计"),
                    summary.indexOf("### 变化最大的项目"));
            long rows = rows(departments);
            int untold = summary.contains("个部门未列出") ? Integer.parseInt(summary.replaceAll(
                    "(?s).*……另有 (\\d+) 个部门未列出.*", "$1")) : 0;
            // Every changed department is either a row or counted as left out: none vanishes.
            assertEquals(changed, rows + untold, summary);
            assertTrue(summary.contains("完整报告：`变化全文.md`"));
        }
    }

    @Test
    void theLargestChangesComeFirstAndTheFullReportIsWrittenBeside() throws Exception {
        Path site = Corpus.generate(dir.resolve("site"), 40, 6, "2023", "2024");
        Files.writeString(site.resolve("site.yaml"), "title: 生成的站点\n");
        Path full = dir.resolve("变化全文.md");
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", site.toString(), "--summary", "--format", "markdown",
                "-o", full.toString());
        assertEquals(0, run.code(), run.err());
        String summary = run.out();
        assertEquals(Cli.run("diff", "2023", "2024", "--site", site.toString(), "--format", "markdown").out(),
                Files.readString(full), "the file holds the full report, as stdout would");

        // The largest project change, found independently from the JSON report.
        JsonNode root = new ObjectMapper().readTree(Cli.run("diff", "2023", "2024", "--site", site.toString(),
                "--format", "json").out());
        List<BigDecimal> changes = new ArrayList<>();
        String largest = null;
        BigDecimal most = BigDecimal.valueOf(-1);
        for (JsonNode d : root.get("departments")) {
            for (JsonNode p : d.get("projects")) {
                JsonNode total = p.at("/budget/total");
                if (p.get("status").asText().equals("unchanged") || total.get("delta").isNull()
                        || total.get("delta").decimalValue().signum() == 0) {
                    continue;
                }
                BigDecimal size = total.get("delta").decimalValue().abs();
                changes.add(size);
                if (size.compareTo(most) > 0) {
                    most = size;
                    largest = p.get("name").asText();
                }
            }
        }
        assertTrue(changes.size() > SummaryReport.TOP_PROJECTS, "the corpus must have more changes than are listed");
        String projects = summary.substring(summary.indexOf("### 变化最大的项目"));
        String first = projects.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 部门")
                && !l.startsWith("| ---")).findFirst().orElseThrow();
        String[] cells = first.split(" \\| ");
        BigDecimal shown = new BigDecimal(cells[cells.length - 1].replaceAll("[，| ].*", "")).abs();
        assertEquals(0, most.compareTo(shown), first + " should be as large a change as " + largest + " " + most);
        assertEquals(SummaryReport.TOP_PROJECTS, rows(projects));
        assertTrue(summary.contains("完整报告：`" + full + "`"));
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsAClearError() {
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", DifferTest.TWO_YEARS.toString(), "-o",
                dir.resolve("没有/文件夹/变化.md").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("未能写入 "), run.err());
        assertTrue(run.err().contains("文件夹不存在"), run.err());
    }

    /** The body rows of the Markdown tables in {@code text}: neither the heading row nor the rule under it. */
    private static long rows(String text) {
        return text.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 部门") && !l.startsWith("| ---")).count();
    }
}
