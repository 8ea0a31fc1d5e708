package org.gongkai.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultContentAndTheCorpusSampleAreCanonical() {
        for (Path site : List.of(Sites.REPO, Sites.REPO.resolve("src/test/resources/corpus-sample"))) {
            Cli.Run run = Cli.run("fmt", "--check", site.toString());
            assertEquals(0, run.code(), run.out() + run.err());
        }
    }

    @Test
    void aNewSiteFromInitIsCanonical() {
        assertEquals(0, Cli.run("init", dir.resolve("new").toString()).code());
        Cli.Run run = Cli.run("fmt", "--check", dir.resolve("new").toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("共 2 个文件，0 个不是统一格式"), run.out());
    }

    @Test
    void checkListsWhatIsNotCanonicalAndWritesNothing() throws Exception {
        Path file = dir.resolve("content/2023/731001/projects/P1.yaml");
        Files.createDirectories(file.getParent());
        String messy = "name: '测试'\ncode: P1\n";
        Files.writeString(file, messy);

        Cli.Run check = Cli.run("fmt", "--check", dir.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains("P1.yaml"), check.out());
        assertEquals(messy, Files.readString(file));

        Cli.Run fix = Cli.run("fmt", file.toString());
        assertEquals(0, fix.code(), fix.err());
        assertEquals("code: P1\nname: 测试\n", Files.readString(file));
    }

    @Test
    void aByteOrderMarkIsDroppedAndAFileThatIsNotUtf8IsRefusedWithItsPlace() throws Exception {
        Path projects = dir.resolve("content/2023/731001/projects");
        Files.createDirectories(projects);
        Path bom = Files.write(projects.resolve("P1.yaml"), "\ufeffcode: P1\nname: 甲\n".getBytes(StandardCharsets.UTF_8));
        byte[] gbk = "code: P2\nname: 中\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        Path other = Files.write(projects.resolve("P2.yaml"), gbk);

        Cli.Run run = Cli.run("fmt", dir.toString());
        assertEquals(1, run.code());
        assertEquals("code: P1\nname: 甲\n", Files.readString(bom));
        assertTrue(run.err().contains("P2.yaml:2:7: 文件不是 UTF-8 编码"), run.err());
        assertTrue(java.util.Arrays.equals(gbk, Files.readAllBytes(other)), "left as it was");
    }

    @Test
    void aFileItCannotReadIsNamedWithItsLineAndLeftAlone() throws Exception {
        Path file = dir.resolve("content/2023/731001/department.yaml");
        Files.createDirectories(file.getParent());
        String broken = "code: \"731001\"\nname: [未闭合\n";
        Files.writeString(file, broken);
        Cli.Run run = Cli.run("fmt", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("department.yaml:3:1: YAML 语法错误") || run.err().contains("department.yaml:2:"),
                run.err());
        assertEquals(broken, Files.readString(file));

        assertEquals(2, Cli.run("fmt", dir.resolve("nothing-here").toString()).code());
        assertEquals(2, Cli.run("fmt", Sites.REPO.resolve("site.yaml").toString()).code());
    }
}
