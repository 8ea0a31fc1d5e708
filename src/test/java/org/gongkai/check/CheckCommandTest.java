package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai check} on the default content and on broken content; the build's use of the same checks. */
class CheckCommandTest {

    /** The findings the issue names on the default content, each at its line. */
    @Test
    void defaultContentReportsTheKnownDefectsAtTheirLines() {
        Cli.Run r = Cli.run("check", Sites.REPO.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("content/2023/731001/projects/13028123P00016110004W.yaml\n"), out);
        // 安可计算机购置: blank 12月底 (the line "  12: null").
        assertTrue(out.contains("  14:3  警告  项目“安可计算机购置”：资金支出计划的12月底为空白 [schedule-complete]"), out);
        // 冀财教【2022】145号: ≥100% satisfaction (the target's line).
        assertTrue(out.contains("  65:13  警告  项目“冀财教【2022】145号河北省财政厅关于提前下达2023年科技馆免费开放中央补助资金的通知”：指标“服务对象满意度”的指标值“≥100%"), out);
        // 业务经费: no target (the row's line).
        assertTrue(out.contains("  21:5  警告  项目“业务经费”：指标“组织开展科普活动次数”没有填写指标值 [target-missing]"), out);
        // 宣传材料发放率: a 率 measured in 册.
        assertTrue(out.contains("  59:13  提示  项目“科普活动经费”：指标“宣传材料发放率”：名称是比率，指标值的单位却是“册”（≥50000 册） [unit-hint]"), out);
        // 业务经费: the seed is cut off inside its last indicator table, and import said so at the top of the file.
        assertTrue(out.contains("content/2023/731001/projects/13028123P000221100034.yaml\n  1:1  警告  项目“业务经费”的文件开头仍有"
                + "“导入不完整”的注释：请对照原文补全注释所列的内容，再删去这段注释 [import-incomplete]\n"), out);
        assertTrue(out.endsWith("检查：0 个错误，7 个警告，2 个提示\n"), out);
    }

    @Test
    void initsExampleDepartmentIsReportedOnceOtherDepartmentsExist(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path site = dir.resolve("s");
        assertEquals(0, Cli.run("init", site.toString()).code());
        String rule = "[example-department]";
        assertFalse(Cli.run("check", site.toString()).out().contains(rule), "alone, the example is the site");
        Sites.put(site, "content/2024/731001/department.yaml", "code: \"731001\"\nname: 测试部门\nyear: 2024\nunit: 万元\n");
        Cli.Run check = Cli.run("check", site.toString());
        assertTrue(check.out().contains("content/2024/000001/department.yaml\n  1:1  警告  这是 gongkai init 生成的示例部门“示例市示例局”，"
                + "站点已有其他部门：请删去文件夹 content/2024/000001/（否则它会作为一个部门发布） [example-department]\n"), check.out());
    }

    @Test
    void jsonOutputValidatesAgainstThePublishedSchema() throws Exception {
        Cli.Run r = Cli.run("check", Sites.REPO.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("gongkai/schema/findings.schema.json")) {
            assertEquals(List.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(json)
                    .stream().map(Object::toString).toList());
        }
        assertEquals(9, json.get("findings").size());
        assertEquals(7, json.at("/summary/warning").asInt());
    }

    @Test
    void sarifNamesRulesAndRegions() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(Cli.run("check", Sites.REPO.toString(), "--format", "sarif").out());
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode first = sarif.at("/runs/0/results/0");
        assertEquals("target-impossible", first.get("ruleId").asText());
        assertEquals("warning", first.get("level").asText());
        assertEquals("content/2023/731001/projects/13028123P00015110004M.yaml",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(65, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(Checker.RULES.size(), sarif.at("/runs/0/tool/driver/rules").size());
    }

    @Test
    void exitCodesErrorsStrictAndLoadFailures(@TempDir Path dir) throws Exception {
        assertEquals(1, Cli.run("check", Sites.REPO.toString(), "--strict").code(), "warnings count as errors");
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, "content/2023/731001/projects/P1.yaml", "code: P1\nname: 测试\nbudget:\n  total: 1.00\n  fiscal: 2.00\n");
        Cli.Run errors = Cli.run("check", dir.toString());
        assertEquals(1, errors.code());
        assertTrue(errors.out().contains("  3:1  错误  项目“测试”：财政资金 2.00 加其他资金 （空，按 0 计） 等于 2.00，与预算数 1.00 不符 [budget-sum]"), errors.out());
        Sites.put(dir, "content/2023/731001/projects/P1.yaml", "code: P1\n");
        Cli.Run broken = Cli.run("check", dir.toString());
        assertEquals(2, broken.code());
        // budget is optional (a form may print none): only the missing name is an input error.
        assertTrue(broken.err().endsWith("P1.yaml:1:1: 项目文件缺少必填的键 \"name\"\n共 1 处输入错误，内容无法读取，未能检查。\n"),
                broken.err());
    }

    @Test
    void buildRefusesToPublishErrorsUnlessAllowed(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL);
        Sites.put(site, "content/2023/731001/projects/P1.yaml", "code: P1\nname: 测试\nbudget:\n  total: 1.00\n  fiscal: 2.00\n");
        Path out = dir.resolve("out");
        Cli.Run refused = Cli.run("build", site.toString(), "-o", out.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("content/2023/731001/projects/P1.yaml:3:1: 错误：项目“测试”：财政资金 2.00"), refused.err());
        assertTrue(refused.err().endsWith("检查发现错误，未发布（原有输出保持不变）；核对后改正，或用 --allow-errors 仍然生成。\n"), refused.err());
        assertFalse(Files.exists(out));
        Cli.Run allowed = Cli.run("build", site.toString(), "-o", out.toString(), "--allow-errors");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(Files.exists(out.resolve("index.html")));
    }
}
