package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    static final String SITE = DifferTest.TWO_YEARS.toString();

    @TempDir
    Path dir;

    @Test
    void twoYearsOfOneSiteAsText() {
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", SITE, "--color", "never");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("项目：新增 2，移除 1，变化 2，未变 1"), run.out());
        assertTrue(run.out().contains("指标值：≥[-95-]{+98+} %（提高）"), run.out());
        assertTrue(run.out().contains("预算数 0.85 → 1.00（+0.15，+17.6%）"), run.out());
        assertFalse(run.out().contains("\u001b["), "no colour unless asked or on a terminal");
        assertTrue(Cli.run("diff", "2023", "2024", "--site", SITE, "--color", "always").out().contains("\u001b[32m"));
    }

    @Test
    void jsonCarriesExactAmountsAndEveryChange() throws Exception {
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", SITE, "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(2, root.at("/summary/projects_added").asInt());
        JsonNode department = root.at("/departments/0");
        assertEquals("731001", department.get("code").asText());
        assertEquals("47.85", department.at("/budget/total/before").decimalValue().toPlainString());
        assertEquals("-7.0", department.at("/budget/total/percent").decimalValue().toPlainString());
        JsonNode renamed = null;
        for (JsonNode p : department.get("projects")) {
            if (p.get("code").asText().equals("13028124P00015710009Q")) {
                renamed = p;
            }
        }
        assertEquals("name", renamed.get("matched_by").asText());
        assertEquals("13028123P00015710004P", renamed.get("code_before").asText());
        assertEquals("lowered", renamed.at("/indicators/0/target_direction").asText());
    }

    @Test
    void markdownForAPullRequestComment() {
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", SITE, "--format", "markdown");
        assertEquals(0, run.code(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("## 预算绩效目标变化：2023年 → 2024年\n"), md);
        assertTrue(md.contains("| 项目 | 2 | 1 | 2 | 1 |"), md);
        assertTrue(md.contains("做好<ins>网络</ins>安全<ins>与</ins>保密工作"), md);
        assertTrue(md.contains("| 预算数 | 0.85 | 1.00 | +0.15，+17.6% |"), md);
        assertTrue(md.contains("≥<del>95</del><ins>98</ins> %（**提高**）"), md);
    }

    @Test
    void twoSiteFoldersCompareTheSameYearAndCanBeLimitedToADepartment() throws Exception {
        Path old = copy(DifferTest.TWO_YEARS, dir.resolve("old"));
        Path now = copy(DifferTest.TWO_YEARS, dir.resolve("new"));
        Path file = now.resolve("content/2024/731001/projects/13028123P00015510004C.yaml");
        Files.writeString(file, Files.readString(file).replace("≥500人次", "≥600人次"));

        Cli.Run run = Cli.run("diff", old.toString(), now.toString(), "--color", "never", "--exit-code");
        assertEquals(1, run.code(), "--exit-code: there is a change");
        assertTrue(run.out().contains("项目：新增 0，移除 0，变化 1，未变 8"), run.out());
        assertTrue(run.out().contains("≥[-500-]{+600+}人次（提高）"), run.out());

        Cli.Run one = Cli.run("diff", old.toString(), now.toString(), "-d", "731002", "--exit-code");
        assertEquals(0, one.code(), one.out());
        assertTrue(one.out().contains("部门：新增 0，移除 0，变化 0，未变 1"), one.out());
    }

    /** Last year's release folder against this year's: the two years are paired, as in one site. */
    @Test
    void twoSiteFoldersWithOneDifferentYearEachCompareThoseYears() throws Exception {
        Path old = copy(DifferTest.TWO_YEARS, dir.resolve("old"));
        Path now = copy(DifferTest.TWO_YEARS, dir.resolve("new"));
        delete(old.resolve("content/2024"));
        delete(now.resolve("content/2023"));
        Cli.Run folders = Cli.run("diff", old.toString(), now.toString(), "--color", "never");
        Cli.Run years = Cli.run("diff", "2023", "2024", "--site", SITE, "--color", "never");
        assertEquals(0, folders.code(), folders.err());
        assertTrue(folders.out().startsWith("比较 " + old + "（2023年） → " + now + "（2024年）\n"), folders.out());
        assertTrue(folders.out().contains("部门：新增 1，移除 0，变化 1，未变 0"), folders.out());
        assertEquals(body(years.out()), body(folders.out()));

        Cli.Run one = Cli.run("diff", old.toString(), now.toString(), "-d", "731002", "--color", "never");
        assertTrue(one.out().contains("部门：新增 1，移除 0，变化 0，未变 0"), one.out());
        assertEquals(2, Cli.run("diff", old.toString(), now.toString(), "-d", "999999").code());
    }

    /** The report without its first line, which names what was compared. */
    private static String body(String report) {
        return report.substring(report.indexOf('\n') + 1);
    }

    private static void delete(Path tree) throws Exception {
        try (var walk = Files.walk(tree)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void amountsInDifferentUnitsAreNeverAddedUp() throws Exception {
        Path site = copy(DifferTest.TWO_YEARS, dir.resolve("units"));
        Path file = site.resolve("content/2024/731002/department.yaml");
        Files.writeString(file, Files.readString(file).replace("unit: 万元", "unit: 元"));
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", site.toString(), "--color", "never");
        assertTrue(run.out().contains("各部门金额单位不同，不作合计"), run.out());
        assertTrue(run.out().contains("预算合计（元）：预算数 8.00"), run.out());
    }

    @Test
    void clearErrorsForWhatCannotBeCompared() throws Exception {
        Cli.Run noYear = Cli.run("diff", "2023", "2030", "--site", SITE);
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().contains("没有 2030 年度的内容"), noYear.err());
        Cli.Run neither = Cli.run("diff", "旧", "新");
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("既不是年度"), neither.err());
        Cli.Run noDepartment = Cli.run("diff", "2023", "2024", "--site", SITE, "-d", "999999");
        assertEquals(2, noDepartment.code());
        assertTrue(noDepartment.err().contains("999999"), noDepartment.err());

        Path broken = copy(DifferTest.TWO_YEARS, dir.resolve("broken"));
        Files.writeString(broken.resolve("content/2024/731002/department.yaml"), "code: [\n");
        Cli.Run load = Cli.run("diff", "2023", "2024", "--site", broken.toString());
        assertEquals(2, load.code());
        assertTrue(load.err().contains("731002/department.yaml:"), load.err());
    }

    @Test
    void theFormFamilyComparesInEveryFormat() throws Exception {
        Path site = org.gongkai.support.Sites.write(dir.resolve("family"), DifferTest.FAMILY);
        Cli.Run text = Cli.run("diff", "2023", "2024", "--site", site.toString(), "--color", "never", "--exit-code");
        assertEquals(1, text.code(), text.err());
        assertTrue(text.out().contains("  [~] 高标准农田建设（变化，按名称匹配）\n"), text.out());
        assertTrue(text.out().contains("      资金来源[~] 财政拨款／本级财政 400 → 300（-100，-25.0%）\n"), text.out());
        JsonNode root = new ObjectMapper().readTree(Cli.run("diff", "2023", "2024", "--site", site.toString(),
                "--format", "json").out());
        JsonNode department = root.at("/departments/0");
        assertTrue(department.get("code").isNull(), "no code was printed");
        assertEquals("坝塘镇", department.get("id").asText());
        JsonNode farm = department.at("/projects/1");
        assertEquals("name_only", farm.get("matched_by").asText());
        assertEquals("200", farm.at("/overall/delta").decimalValue().toPlainString());
        assertEquals("财政拨款／本级财政", farm.at("/sources/1/name").asText());
        JsonNode road = department.at("/projects/0");
        assertEquals("道路维修", road.get("name").asText());
        assertTrue(road.at("/budget/total/delta").isNull(), "元 and 万元 are not subtracted");
        String md = Cli.run("diff", "2023", "2024", "--site", site.toString(), "--format", "markdown").out();
        assertTrue(md.contains("### 变化：宁乡市坝塘镇人民政府\n"), md);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

}
