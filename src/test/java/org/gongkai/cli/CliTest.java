package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and never a stack trace for a user error. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void initMakesASiteThatBuilds() {
        Path site = dir.resolve("新站点");
        Cli.Run init = Cli.run("init", site.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().startsWith("已在 " + site + " 新建站点（10 个文件）。"), init.out());
        Cli.Run build = Cli.run("build", site.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().startsWith("已生成 7 个页面（1 个部门，1 个项目）→ " + site.resolve("site") + "，用时 "), build.out());
        assertTrue(build.out().matches("(?s).*（load \\d+ ms · validate \\d+ ms · assets \\d+ ms · render \\d+ ms · index \\d+ ms · links \\d+ ms · write \\d+ ms）\\n"), build.out());
        assertTrue(Files.exists(site.resolve("site/index.html")));
        assertTrue(Files.exists(site.resolve("schema/project.schema.json")));
        assertTrue(Files.exists(site.resolve(".vscode/settings.json")));
    }

    @Test
    void initWritesTheOptionalSettingsAsCommentsAndGitFiles() throws Exception {
        Path site = dir.resolve("s");
        assertEquals(0, Cli.run("init", site.toString()).code());
        String yaml = Files.readString(site.resolve("site.yaml"));
        assertTrue(yaml.contains("\n# footer: "), yaml);
        assertTrue(yaml.contains("\n# base_url: "), yaml);
        assertTrue(yaml.contains("\n# portal:\n#   site_domain: "), yaml);
        // Uncommented, the placeholders are valid settings: the portal warning goes away.
        Files.writeString(site.resolve("site.yaml"), yaml.replaceAll("(?m)^# (footer|base_url|portal|  )", "$1"));
        Cli.Run build = Cli.run("build", site.toString());
        assertEquals(0, build.code(), build.err());
        assertFalse(build.err().contains("portal-setting"), build.err());
        assertEquals("/site\n/.site.*\n/.gongkai/\n", Files.readString(site.resolve(".gitignore")).replaceAll("(?m)^#.*\n", ""));
        assertEquals("content/**/*.yaml text eol=lf diff=gongkai\nsite.yaml text eol=lf\n",
                Files.readString(site.resolve(".gitattributes")).replaceAll("(?m)^#.*\n", ""));
        assertFalse(Files.exists(site.resolve("gitignore")));
    }

    @Test
    void anIncrementalBuildSaysWhatItKept() throws Exception {
        Path site = dir.resolve("s");
        assertEquals(0, Cli.run("init", site.toString()).code());
        Cli.Run first = Cli.run("build", site.toString(), "--incremental");
        assertEquals(0, first.code(), first.err());
        assertFalse(first.out().contains("沿用"), first.out());
        assertTrue(Files.isRegularFile(site.resolve(".gongkai/cache")));
        Path project;
        try (var files = Files.walk(site.resolve("content"))) {
            project = files.filter(p -> p.toString().contains("projects") && p.toString().endsWith(".yaml")).findFirst()
                    .orElseThrow();
        }
        Files.writeString(project, Files.readString(project).replaceFirst("(?m)^purpose: ", "purpose: 修订："));
        Cli.Run again = Cli.run("build", site.toString(), "--incremental");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().matches("(?s)已生成 7 个页面.*\n（增量构建：只重新生成改动所及的文件，\\d+ 个文件沿用上次构建）\n"),
                again.out());
        // A plain build neither reads nor writes the cache.
        byte[] cache = Files.readAllBytes(site.resolve(".gongkai/cache"));
        Cli.Run plain = Cli.run("build", site.toString());
        assertFalse(plain.out().contains("沿用"), plain.out());
        assertArrayEquals(cache, Files.readAllBytes(site.resolve(".gongkai/cache")));
    }

    @Test
    void initRefusesAFolderWithContent() {
        Sites.put(dir, "a.txt", "x");
        Cli.Run init = Cli.run("init", dir.toString());
        assertEquals(1, init.code());
        assertEquals("无法新建：" + dir + " 已存在且不是空文件夹（为免覆盖已有内容）\n", init.err());
    }

    @Test
    void inputErrorsAreListedWithoutAStackTrace() {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, "content/2023/731001/projects/P1.yaml", "code: P1\nnmae: 测试\nbudget:\n  total: 1\n");
        Cli.Run build = Cli.run("build", dir.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, build.code());
        assertEquals("""
                content/2023/731001/projects/P1.yaml:1:1: 项目文件缺少必填的键 "name"
                content/2023/731001/projects/P1.yaml:2:1: 未知的键 "nmae"，是否想写 "name"？（项目文件的键见 docs/format.md）
                共 2 处输入错误，未生成网站（原有输出保持不变）。
                """, build.err());
        assertFalse(build.err().contains("Exception"));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void findingsArePrintedButDoNotStopTheBuild() {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, "content/2023/731001/projects/P1.yaml", "code: P1\nname: 测试\nbudget:\n  total: 1\nindicators:\n  - level1: 产出指标\n    name: 次数\n");
        Cli.Run build = Cli.run("build", dir.toString());
        assertEquals(0, build.code(), build.err());
        // 5 warnings and a notice: the first 5 in full, then the one left.
        List<String> lines = build.err().lines().toList();
        assertEquals(7, lines.size(), build.err());
        assertEquals("content/2023/731001/projects/P1.yaml:6:5: 警告：项目“测试”：指标“次数”没有填写指标值 [target-missing]",
                lines.get(3));
        assertEquals("……另有 1 个警告（gongkai check 列出全部）", lines.get(5));
        assertEquals("检查：0 个错误，5 个警告，1 个提示", lines.get(6));

        // With a basis there are 5 findings in all: each in full, no count of the rest.
        Sites.put(dir, "content/2023/731001/projects/P1.yaml", "code: P1\nname: 测试\nbudget:\n  total: 1\nindicators:\n"
                + "  - level1: 产出指标\n    name: 次数\n    basis: 计划\n");
        build = Cli.run("build", dir.toString());
        assertEquals(0, build.code(), build.err());
        lines = build.err().lines().toList();
        assertEquals(6, lines.size(), build.err());
        assertEquals("检查：0 个错误，4 个警告，1 个提示", lines.get(5));
    }

    @Test
    void theBuildPrintsItsFirstWarningsInFullAndCountsTheRest() {
        Cli.Run build = Cli.run("build", Sites.REPO.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, build.code(), build.err());
        // The default content has 7 warnings (one the seed file that import marked incomplete) and 2 notices: the first 5 in full, then the count of the other 4.
        List<String> lines = build.err().lines().toList();
        assertEquals(7, lines.size(), build.err());
        assertEquals("content/2023/731001/projects/13028123P00016110004W.yaml:14:3: 警告：项目“安可计算机购置”："
                + "资金支出计划的12月底为空白 [schedule-complete]", lines.get(3));
        for (String line : lines.subList(0, 5)) {
            assertTrue(line.matches("content/2023/731001/projects/\\w+\\.yaml:\\d+:\\d+: (警告|提示)：.+ \\[[a-z-]+\\]"), line);
        }
        assertEquals("……另有 4 个警告（gongkai check 列出全部）", lines.get(5));
        assertEquals("检查：0 个错误，7 个警告，2 个提示", lines.get(6));
    }

    /** The summary lists every link out, each to a host the site names. */
    @Test
    void theBuildListsItsLinksOut() {
        Cli.Run run = Cli.run("build", Sites.REPO.resolve("src/test/resources/two-years").toString(), "-o",
                dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("""
                站外链接 5 个（均为 site.yaml 的设置或各部门文字中写明的网址）：
                  https://beian.miit.gov.cn/
                  https://beian.mps.gov.cn/#/query/webSearch?code=13028102000123
                  https://mp.weixin.qq.com/s/zunhua
                  https://www.example.gov.cn/czyjs/
                  https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1302810001
                """), run.out());
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        for (String[] args : new String[][] {{"--version"}, {"build", "--version"}, {"init", "--version"}}) {
            Cli.Run r = Cli.run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("gongkai "), r.out());
        }
        Cli.Run help = Cli.run("build", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("-o, --output=OUT"));
        Cli.Run unknown = Cli.run("biuld");
        assertEquals(2, unknown.code());
    }
}
