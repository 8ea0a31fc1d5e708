package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import} as a user runs it: writing, refusing to overwrite, --force, --dry-run, errors. */
class ImportCommandTest {

    @TempDir
    Path site;

    private Cli.Run importSeed(String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"import", SeedRoundTripTest.SEED.toString(), "-o", site.toString(), "--year",
                "2023"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return Cli.run(args);
    }

    @Test
    void writesTheContentAndReportsWhatItCouldNotRead() {
        Cli.Run run = importSeed("--short-name", "遵化市科协");
        assertEquals(1, run.code(), run.err());
        assertEquals(SeedRoundTripTest.expected(), Sites.read(site.resolve("content/2023/731001")));
        assertTrue(run.out().contains("已写入：" + site.resolve("content/2023/731001/department.yaml")), run.out());
        assertTrue(run.out().contains("13028123P000221100034.yaml（导入不完整，见文件开头的注释）"), run.out());
        assertTrue(run.err().contains("未能导入的内容（1 处）：\n  000_8ddc17a317e3134c.txt 第 532 行：表格在此截断"), run.err());
        assertTrue(run.out().contains("导入：1 个部门，5 个项目，1 个文件不完整，1 处内容未能导入（见上）"), run.out());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        importSeed();
        Path department = site.resolve("content/2023/731001/department.yaml");
        Files.writeString(department, "code: \"731001\"\n# 手工改过\n", StandardCharsets.UTF_8);
        Cli.Run refused = importSeed();
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("以下文件已存在，为免覆盖已有内容，未写入任何文件（确认要覆盖请加 --force，先看内容可加 --dry-run）：\n  "
                + department), refused.err());
        assertEquals("code: \"731001\"\n# 手工改过\n", Files.readString(department, StandardCharsets.UTF_8));

        Cli.Run forced = importSeed("--force", "--short-name", "遵化市科协");
        assertTrue(forced.out().contains("已覆盖：" + department), forced.out());
        assertEquals(SeedRoundTripTest.expected(), Sites.read(site.resolve("content/2023/731001")));
    }

    @Test
    void dryRunShowsTheFilesAndWritesNothing() {
        Cli.Run run = importSeed("--dry-run", "--short-name", "遵化市科协");
        assertFalse(Files.exists(site.resolve("content")));
        Map<String, String> expected = SeedRoundTripTest.expected();
        assertTrue(run.out().contains("--- " + site.resolve("content/2023/731001/department.yaml") + " ---\n"
                + expected.get("department.yaml")), run.out());
        assertTrue(run.out().contains("（导入不完整） ---\n" + expected.get(SeedRoundTripTest.TRUNCATED)), run.out());
        assertTrue(run.out().contains("试运行，未写入任何文件"), run.out());
    }

    @Test
    void anUnreadableFileIsNamedWithoutAStackTrace() throws Exception {
        Path bad = Files.writeString(site.resolve("部门.docx"), "这不是 Word 文件");
        Cli.Run run = Cli.run("import", bad.toString(), "-o", site.toString(), "--year", "2023");
        assertEquals(2, run.code());
        assertEquals(bad + "：无法读取（不是有效的 Word .docx 文件）\n未写入任何文件。\n", run.err());
        assertFalse(Files.exists(site.resolve("content")));

        Cli.Run noYear = Cli.run("import", SeedRoundTripTest.SEED.toString(), "-o", site.toString());
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().startsWith("000_8ddc17a317e3134c.txt：文件中没有写明预算年度，请用 --year 指定"), noYear.err());
    }

    @Test
    void helpDescribesTheOptions() {
        Cli.Run run = Cli.run("import", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--year", "--short-name", "--department", "--code", "--force",
                "--dry-run", "-o, --output"}) {
            assertTrue(run.out().contains(option), option + "\n" + run.out());
        }
        assertTrue(Cli.run("--help").out().contains("import"));
    }

    @Test
    void departmentAndCodeNameTheFilesOfADocumentWithoutCodes() {
        Path doc = RealDocumentsIT.REAL.resolve("yueyang-nyncj-2022.txt");
        Cli.Run run = Cli.run("import", doc.toString(), "-o", site.toString(), "--department", "yueyang-nyj",
                "--code", "gbz-2022");
        assertTrue(run.code() <= 1, run.err());
        assertTrue(Files.exists(site.resolve("content/2022/yueyang-nyj/department.yaml")), run.out());
        assertTrue(Files.exists(site.resolve("content/2022/yueyang-nyj/projects/gbz-2022.yaml")), run.out());

        Cli.Run bad = Cli.run("import", doc.toString(), "-o", site.toString(), "--department", "../x");
        assertEquals(2, bad.code());
        assertEquals("「../x」不能用作文件夹名或文件名：只能用字母、数字（可用汉字）和 - _ .，不以 . 或 - 开头，最多 80 个字符\n",
                bad.err());
    }

    /** --attach keeps the source in the site folder, names it in department.yaml, and the built page lists it. */
    @Test
    void attachKeepsTheSourceAsTheDepartmentsAttachment() throws Exception {
        Sites.put(site, "site.yaml", "title: 导入测试\n");
        Cli.Run run = importSeed("--short-name", "遵化市科协", "--attach");
        String name = SeedRoundTripTest.SEED.getFileName().toString();
        Path copy = site.resolve("attachments/2023/731001/" + name);
        assertTrue(run.out().contains("已复制附件：" + copy), run.out());
        assertEquals(-1, Files.mismatch(SeedRoundTripTest.SEED, copy));
        String department = Files.readString(site.resolve("content/2023/731001/department.yaml"));
        assertTrue(department.endsWith("attachments:\n  - attachments/2023/731001/" + name + "\n"), department);
        Cli.Run fmt = Cli.run("fmt", "--check", site.toString());
        assertEquals(0, fmt.code(), fmt.out() + fmt.err());
        Cli.Run build = Cli.run("build", site.toString());
        assertEquals(0, build.code(), build.err());
        String page = Files.readString(site.resolve("site/2023/731001/index.html"));
        assertTrue(page.contains("<a href=\"../../attachments/2023/731001/" + name + "\">" + name + "</a>"), page);
        Cli.Run two = Cli.run("import", SeedRoundTripTest.SEED.toString(), SeedRoundTripTest.SEED.toString(), "-o",
                site.toString(), "--year", "2023", "--attach");
        assertEquals(2, two.code());
        assertEquals("--attach 一次只能导入一个文件（原文件要作为哪个部门的附件须明确）\n", two.err());
    }

    @Test
    void importedContentBuilds() {
        Sites.put(site, "site.yaml", "title: 导入测试\n");
        importSeed("--short-name", "遵化市科协");
        Cli.Run check = Cli.run("check", site.toString());
        assertTrue(check.code() == 0 || check.code() == 1, check.err());
        Cli.Run build = Cli.run("build", site.toString());
        assertEquals(0, build.code(), build.err());
    }
}
