package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Site;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** draft: true keeps a department or project out of a build, as if its files were not there; --drafts shows it, marked. */
public class DraftsTest {

    private static final String PUBLISHED = """
            -- site.yaml --
            title: 测试站点
            base_url: https://www.example.gov.cn/ysjx/
            portal:
              published: 2023-02-15
            -- content/2022/731001/department.yaml --
            code: "731001"
            name: 测试部门
            year: 2022
            unit: 万元
            -- content/2022/731001/projects/P1.yaml --
            code: P1
            name: 测试项目
            budget:
              total: 1.00
            -- content/2023/731001/department.yaml --
            code: "731001"
            name: 测试部门
            year: 2023
            unit: 万元
            -- content/2023/731001/projects/P1.yaml --
            code: P1
            name: 测试项目
            budget:
              total: 2.00
            """;

    /** A draft project beside a published one, and a draft department with its project. */
    private static final String DRAFTS = """
            -- content/2023/731001/projects/P2.yaml --
            draft: true
            code: P2
            name: 候审项目乙
            budget:
              total: 30.00
            -- content/2023/731002/department.yaml --
            draft: true
            code: "731002"
            name: 候审部门丙
            year: 2023
            unit: 万元
            -- content/2023/731002/projects/P3.yaml --
            code: P3
            name: 候审项目丙一
            budget:
              total: 40.00
            """;

    /** The two together: the accessibility and validity checks build it with drafts shown. */
    public static final String SITE = PUBLISHED + DRAFTS;

    @TempDir
    Path dir;

    @Test
    void aBuildHoldsDraftsBackAsIfTheirFilesWereNotThere() throws Exception {
        Path withDrafts = Sites.write(dir.resolve("drafts"), PUBLISHED + DRAFTS);
        Path without = Sites.write(dir.resolve("plain"), PUBLISHED);
        Build.Result held = new Build(withDrafts, dir.resolve("out1")).run();
        new Build(without, dir.resolve("out2")).run();

        // Every page, total, search index file, sitemap, feed and comparison is the same, byte for byte.
        Map<String, String> a = Sites.read(dir.resolve("out1"));
        Map<String, String> b = Sites.read(dir.resolve("out2"));
        assertEquals(b.keySet(), a.keySet());
        for (String name : b.keySet()) {
            assertEquals(b.get(name), a.get(name), name);
        }
        assertTrue(a.containsKey("sitemap.xml") && a.containsKey("feed.xml"), a.keySet().toString());
        assertTrue(a.keySet().stream().anyMatch(n -> n.contains("compare")), a.keySet().toString());
        assertFalse(String.join("", a.values()).contains("候审"));

        assertEquals(List.of(
                new Site.Draft(org.gongkai.model.Origin.ofFile("content/2023/731001/projects/P2.yaml").at(1, 1),
                        "2023 年度“测试部门”的项目“候审项目乙”"),
                new Site.Draft(org.gongkai.model.Origin.ofFile("content/2023/731002/department.yaml").at(1, 1),
                        "2023 年度部门“候审部门丙”及其 1 个项目")), held.heldBack());
        assertEquals(2, held.site().departmentCount());
        assertEquals(2, held.site().projectCount());
    }

    @Test
    void theBuildListsWhatItHeldBack() {
        Path site = Sites.write(dir, PUBLISHED + DRAFTS);
        Cli.Run build = Cli.run("build", site.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().endsWith("""
                未发布的草稿（draft: true）2 处，加 --drafts 可预览：
                  content/2023/731001/projects/P2.yaml：2023 年度“测试部门”的项目“候审项目乙”
                  content/2023/731002/department.yaml：2023 年度部门“候审部门丙”及其 1 个项目
                """), build.err());
        assertTrue(build.out().startsWith("已生成 "), build.out());
        assertTrue(build.out().contains("（2 个部门，2 个项目）"), build.out());
    }

    @Test
    void draftsBuildsShowThemWithABanner() throws Exception {
        Path site = Sites.write(dir, PUBLISHED + DRAFTS);
        Build.Result result = new Build(site, dir.resolve("out")).includeDrafts(true).run();
        assertEquals(List.of(), result.heldBack());
        assertEquals(3, result.site().departmentCount());
        Map<String, String> pages = Sites.read(dir.resolve("out"));
        String banner = "<p class=\"draft-banner\"><strong>草稿</strong>：";
        String draftProject = page(pages, "2023/731001/", "<h1>候审项目乙");
        assertTrue(draftProject.contains(banner + "本页内容尚未审定"), draftProject);
        String draftDepartment = pages.get("2023/731002/index.html");
        assertTrue(draftDepartment.contains(banner + "本部门的内容尚未审定"), draftDepartment);
        assertTrue(page(pages, "2023/731002/", "<h1>候审项目丙一").contains(banner), "a project of a draft department");
        assertFalse(page(pages, "2023/731001/", "<h1>测试项目").contains("draft-banner"));
        assertFalse(pages.get("2023/731001/index.html").contains("draft-banner"));
    }

    @Test
    void checkListsEveryDraftAsANotice() {
        Path site = Sites.write(dir, PUBLISHED + DRAFTS);
        Cli.Run check = Cli.run("check", site.toString());
        assertTrue(check.out().contains("content/2023/731001/projects/P2.yaml\n  1:1  提示  2023 年度“测试部门”的项目“候审项目乙”"
                + "是草稿（draft: true），不会发布；审定后删去 draft 这一行 [draft]\n"), check.out());
        assertTrue(check.out().contains("content/2023/731002/department.yaml\n  1:1  提示  2023 年度部门“候审部门丙”及其 1 个项目"
                + "是草稿（draft: true），不会发布；审定后删去 draft 这一行 [draft]\n"), check.out());
    }

    @Test
    void draftMustBeTrueOrFalse() {
        Path site = Sites.write(dir, PUBLISHED);
        Sites.put(site, "content/2023/731001/projects/P1.yaml", "draft: 是\ncode: P1\nname: 测试项目\n");
        Cli.Run build = Cli.run("build", site.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, build.code());
        assertTrue(build.err().startsWith("content/2023/731001/projects/P1.yaml:1:8: \"draft\" 应为 true 或 false，这里是"), build.err());
    }

    /** The one page under {@code prefix} whose text contains {@code text}. */
    private static String page(Map<String, String> pages, String prefix, String text) {
        List<String> found = pages.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(".html") && e.getValue().contains(text))
                .filter(e -> !e.getKey().equals(prefix + "index.html") && !e.getKey().contains("compare"))
                .map(Map.Entry::getValue).toList();
        assertEquals(1, found.size(), prefix + " " + text);
        return found.get(0);
    }
}
