package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongkai.model.Site;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loader rules about files and folders, encodings and hostile input. */
class LoaderFilesTest {

    static final String PROJECT = LoaderErrorsTest.PROJECT;

    @TempDir
    Path dir;

    private List<String> problems() {
        LoadException e = assertThrows(LoadException.class, () -> SiteLoader.load(dir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void minimalSiteLoads() throws LoadException {
        Site site = SiteLoader.load(Sites.write(dir, Sites.MINIMAL));
        assertEquals(1, site.projectCount());
        assertEquals("1.00", site.years().get(0).departments().get(0).projects().get(0).budget().total().toPlainString());
    }

    @Test
    void aBlankValueIsNullInBothParsers() throws LoadException {
        Sites.write(dir, Sites.MINIMAL);
        // The flow list sends this file through the full parser; the same without it takes the fast one.
        for (String extra : new String[] {"", "goals: [目标]\n"}) {
            Sites.put(dir, PROJECT, "code: P1\nname: 测试项目\nbudget:\n  total: 1.00\n  fiscal:\n  other:\n" + extra);
            var budget = SiteLoader.load(dir).years().get(0).departments().get(0).projects().get(0).budget();
            assertEquals(null, budget.fiscal());
            assertEquals(null, budget.other());
        }
    }

    @Test
    void utf8ByteOrderMarkIsTolerated() throws Exception {
        Sites.write(dir, Sites.MINIMAL);
        Path file = dir.resolve(PROJECT);
        byte[] text = Files.readAllBytes(file);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        assertEquals("测试项目", SiteLoader.load(dir).years().get(0).departments().get(0).projects().get(0).name());
    }

    @Test
    void gbkFileIsRefusedWithItsPosition() throws IOException {
        Sites.write(dir, Sites.MINIMAL);
        Files.write(dir.resolve(PROJECT), "code: P1\nname: 测试项目\n".getBytes(Charset.forName("GBK")));
        assertEquals(List.of(PROJECT + ":2:7: 文件不是 UTF-8 编码（第 16 字节起无法解码；GBK 等编码请先另存为 UTF-8）"),
                problems());
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        Sites.write(dir, Sites.MINIMAL + """
                -- content/2023/731002/department.yaml --
                code: "731002"
                name: 第二部门
                year: 2023
                unit: 万元
                colour: 红
                -- content/2023/731002/projects/P1.yaml --
                code: P1
                name: 重复编码的项目
                budget:
                  total: x
                """);
        assertEquals(List.of(
                "content/2023/731002/department.yaml:5:1: 未知的键 \"colour\"（部门文件可用的键：code, name, short_name, year, unit, units, overall_goal, item_goals, measures, disclosure, title, overall_table, rows, sign_off, notes, draft, attachments）",
                "content/2023/731002/projects/P1.yaml:1:1: 项目编码 \"P1\" 在 2023 年度重复（另见 content/2023/731001/projects/P1.yaml）",
                "content/2023/731002/projects/P1.yaml:4:10: \"total\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"x\""),
                problems());
    }

    @Test
    void foldersOutsideTheLayoutAreNamed() throws IOException {
        Sites.write(dir, Sites.MINIMAL + """
                -- content/2023年/731001/department.yaml --
                code: x
                -- content/2023/731001/projects/P2.yml --
                code: P2
                -- content/2023/731001/notes.yaml --
                a: b
                -- content/2023/731001/README.md --
                说明文件不属于内容，可以放在这里。
                """);
        Files.createDirectories(dir.resolve("content/2023/731003"));
        assertEquals(List.of(
                "content/2023/731001/notes.yaml: 位置不对：部门文件夹里只能有 department.yaml 和 projects/ 文件夹",
                "content/2023/731001/projects/P2.yml: 项目文件的扩展名应为 .yaml",
                "content/2023/731003/: 部门文件夹缺少 department.yaml",
                "content/2023年/: 年度文件夹名应为四位年份（如 2023），这里是 \"2023年\""),
                problems());
    }

    @Test
    void missingSiteFileAndContent() {
        assertEquals(List.of(
                "content/: 找不到 content/ 文件夹：内容应放在 content/<年度>/<部门编码>/ 下",
                "site.yaml: 找不到 site.yaml：站点文件夹里需要它（可用 gongkai init 新建一个站点）"),
                problems());
    }

    @Test
    void linksLeavingTheSiteAreRefused(@TempDir Path outside) throws IOException {
        Sites.write(dir, Sites.MINIMAL);
        Path secret = Sites.write(outside, "-- P9.yaml --\ncode: P9\nname: 外部文件\nbudget:\n  total: 1\n").resolve("P9.yaml");
        Files.createSymbolicLink(dir.resolve("content/2023/731001/projects/P9.yaml"), secret);
        Files.createSymbolicLink(dir.resolve("content/2023/731001/projects/P8.yaml"), dir.resolve("content/2023/731001/projects/P1.yaml"));
        // The link inside the site is followed (and so read as a second P1); the one leaving it is refused unread.
        List<String> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("content/2023/731001/projects/P8.yaml:1:7: 项目编码 \"P1\" 与文件名 \"P8.yaml\" 不一致", problems.get(1));
        assertEquals("content/2023/731001/projects/P9.yaml: 符号链接指向站点文件夹之外（" + secret.toRealPath() + "），已拒绝读取",
                problems.get(2));
    }

    @Test
    void oversizeFileIsRefusedUnread() throws IOException {
        Sites.write(dir, Sites.MINIMAL);
        Files.writeString(dir.resolve(PROJECT), "code: P1\npurpose: \"" + "很长".repeat(600_000) + "\"\n");
        assertEquals(List.of(PROJECT + ":1:1: 文件过大（3515 KiB，上限 1024 KiB），已拒绝读取"), problems());
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, PROJECT, "code: P1\npurpose: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), this::problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith(PROJECT + ":2:"), problems.get(0));
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("code: P1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev);
            bomb.append((",*" + prev).repeat(8)).append("]\n");
        }
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, PROJECT, bomb.toString());
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), this::problems);
        assertEquals(PROJECT + ":3:8: 不支持 YAML 别名（*a），请直接写出内容", problems.get(0));
    }
}
