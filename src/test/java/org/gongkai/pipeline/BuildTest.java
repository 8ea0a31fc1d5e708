package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.load.LoadException;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build as a whole: its stages, its output folder and what a failure leaves behind. */
class BuildTest {

    @TempDir
    Path dir;

    private Path site() {
        return Sites.write(dir.resolve("site-src"), Sites.MINIMAL);
    }

    @Test
    void writesEveryPageTypeAndReportsEachStage() throws Exception {
        Path out = dir.resolve("out");
        Build.Result result = new Build(site(), out).run();
        assertEquals(7, result.pages());
        assertEquals(List.of("load", "validate", "assets", "render", "index", "links", "write"),
                result.times().stages().stream().map(Stage::id).toList());
        assertEquals(List.of(".gongkai-build", "2023/731001/P1/index.html", "2023/731001/index.html",
                "2023/index.html", "404.html", "assets/favicon.svg", "assets/gongkai.js", "assets/search.js",
                "assets/style.css", "index.html", "search/d/0.js", "search/index.html", "search/meta.js",
                "search/t/0.js", "sitemap.html"),
                Sites.read(out).keySet().stream().filter(f -> !org.gongkai.data.DataFiles.isData(f)).toList());
    }

    /** The year-over-year comparison is a stage of its own, run only when there is a year to compare with. */
    @Test
    void twoYearsAddTheCompareStage() throws Exception {
        Build.Result result = new Build(Sites.REPO.resolve("src/test/resources/two-years"), dir.resolve("out")).run();
        assertEquals(List.of("load", "validate", "compare", "assets", "render", "index", "links", "write"),
                result.times().stages().stream().map(Stage::id).toList());
    }

    /** The progress line hears every stage, in the order of the one list of stages. */
    @Test
    void progressHearsEachStageInOrder() throws Exception {
        List<Stage> heard = new java.util.ArrayList<>();
        new Build(Sites.REPO.resolve("src/test/resources/two-years"), dir.resolve("out"), heard::add).run();
        assertEquals(List.of(Stage.values()), heard);
        assertEquals("比较年度", Stage.COMPARE.label());
    }

    /** Search is on unless site.yaml turns it off: then no search page, index, stage or header box. */
    @Test
    void searchFalseLeavesSearchOut() throws Exception {
        Path site = site();
        Sites.put(site, "site.yaml", "title: 测试站点\nsearch: false\n");
        Path out = dir.resolve("out");
        Build.Result result = new Build(site, out).run();
        assertEquals(6, result.pages());
        assertEquals(List.of("load", "validate", "assets", "render", "links", "write"),
                result.times().stages().stream().map(Stage::id).toList());
        Map<String, String> files = Sites.read(out);
        assertTrue(files.keySet().stream().noneMatch(name -> name.startsWith("search/")), files.keySet().toString());
        assertFalse(files.get("index.html").contains("header-q"));
        Sites.put(site, "site.yaml", "title: 测试站点\n");
        new Build(site, out).run();
        assertTrue(Sites.read(out).get("index.html").contains("id=\"header-q\""));
    }

    @Test
    void staleFilesOfAnEarlierBuildDoNotSurvive() throws Exception {
        Path site = site();
        Path out = dir.resolve("out");
        Sites.put(site, "content/2023/731001/projects/P2.yaml", "code: P2\nname: 后来删除的项目\nbudget:\n  total: 1\n");
        new Build(site, out).run();
        assertTrue(Files.exists(out.resolve("2023/731001/P2/index.html")));
        Files.delete(site.resolve("content/2023/731001/projects/P2.yaml"));
        new Build(site, out).run();
        assertFalse(Files.exists(out.resolve("2023/731001/P2")));
        assertTrue(Files.exists(out.resolve("2023/731001/P1/index.html")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
        Path site = site();
        Path out = dir.resolve("out");
        new Build(site, out).run();
        Map<String, String> before = Sites.read(out);
        Sites.put(site, "content/2023/731001/projects/P1.yaml", "code: P1\nname: [\n");
        assertThrows(LoadException.class, () -> new Build(site, out).run());
        assertEquals(before, Sites.read(out));
        assertEquals(List.of(".out.lock", Files.readSymbolicLink(out).toString(), "out", "site-src"), listing(dir),
                "no temporary folder is left behind");
    }

    @Test
    void aBrokenTemplateFailsTheBuildWithItsFileAndLine() throws Exception {
        Path site = site();
        Path out = dir.resolve("out");
        new Build(site, out).run();
        Map<String, String> before = Sites.read(out);
        Sites.put(site, "templates/project.peb", "{% extends \"base.peb\" %}\n{% block content %}\n{{ project.nmae }}\n{% endblock %}\n");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, out).run());
        assertTrue(e.getMessage().startsWith("模板错误 project.peb:3: "), e.getMessage());
        assertEquals(before, Sites.read(out));
    }

    @Test
    void aFolderNotMadeByGongkaiIsNeverReplaced() throws Exception {
        Path out = dir.resolve("documents");
        Sites.put(out, "重要.txt", "不能被删除");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site(), out).run());
        assertTrue(e.getMessage().contains("已存在且不是 gongkai 生成的"), e.getMessage());
        assertEquals(Map.of("重要.txt", "不能被删除"), Sites.read(out));
    }

    @Test
    void theSiteFolderItselfIsRefusedAsOutput() {
        Path site = site();
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, site).run());
        assertTrue(e.getMessage().contains("包含站点文件夹本身"), e.getMessage());
        BuildException inside = assertThrows(BuildException.class, () -> new Build(site, site.resolve("content/out")).run());
        assertTrue(inside.getMessage().startsWith("输出文件夹不能放在 content/"), inside.getMessage());
    }

    @Test
    void siteAssetsAndTemplatesOverrideTheBuiltInThemeFileByFile() throws Exception {
        Path site = site();
        Sites.put(site, "assets/style.css", "body { color: red; }\n");
        Sites.put(site, "assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Sites.put(site, "templates/year.peb", "{% extends \"base.peb\" %}{% block content %}<p>自己的年度页 {{ year.year }}</p>{% endblock %}");
        Path out = dir.resolve("out");
        new Build(site, out).run();
        Map<String, String> files = Sites.read(out);
        assertEquals("body { color: red; }\n", files.get("assets/style.css"));
        assertTrue(files.containsKey("assets/img/logo.svg"));
        assertTrue(files.get("2023/index.html").contains("<p>自己的年度页 2023</p>"));
        assertTrue(files.get("2023/index.html").contains("<html lang=\"zh-CN\">"), "base.peb still comes from the jar");
        assertTrue(files.get("index.html").contains("测试部门"), "home.peb still comes from the jar");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
