package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.load.LoadException;
import org.gongkai.load.Problem;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates, template includes and assets: no file outside the site folder is ever read. */
class ThemeFilesTest {

    @TempDir
    Path dir;

    private Path site;
    private Path secret;

    @BeforeEach
    void setUp() throws Exception {
        site = Sites.write(dir.resolve("site"), Sites.MINIMAL);
        Sites.put(dir, "outside/secret.peb", "机密：不在站点文件夹里");
        secret = dir.resolve("outside/secret.peb").toRealPath();
    }

    private List<String> problems() {
        LoadException e = assertThrows(LoadException.class, () -> new Build(site, dir.resolve("out")).run());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aTemplateLinkedOutOfTheSiteIsRefused() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/year.peb"), secret);
        assertEquals(List.of("templates/year.peb: 符号链接指向站点文件夹之外（" + secret + "），已拒绝读取"), problems());
    }

    @Test
    void aTemplatesFolderThatIsALinkOutOfTheSiteIsRefused() throws Exception {
        Files.createSymbolicLink(site.resolve("templates"), secret.getParent());
        assertEquals(List.of("templates: 符号链接指向站点文件夹之外（" + secret.getParent() + "），已拒绝读取"), problems());
    }

    @Test
    void aFolderLinkOutOfTheSiteInsideAssetsIsRefused() throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/img"), secret.getParent());
        assertEquals(List.of("assets/img: 符号链接指向站点文件夹之外（" + secret.getParent() + "），已拒绝读取"), problems());
    }

    @Test
    void linkLoopsAreRefusedNotACrash() throws Exception {
        Files.createDirectories(site.resolve("assets/img"));
        Files.createSymbolicLink(site.resolve("assets/img/again"), site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/self.css"), Path.of("self.css"));
        assertEquals(List.of(
                "assets/img/again: 符号链接成环（指向它自己所在的文件夹），已拒绝读取",
                "assets/self.css: 符号链接无效（目标不存在，或链接成环），已拒绝读取"), problems());
        Cli.Run run = Cli.run("build", site.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("assets/img/again: 符号链接成环"), run.err());
    }

    @Test
    void aHardLinkedFileIsRefused() throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.createLink(site.resolve("assets/style.css"), secret);
        assertEquals(List.of("assets/style.css: 此文件有 2 个硬链接，无法确认其他名字都在站点文件夹之内，已拒绝读取；请改为复制一份"), problems());
    }

    @Test
    void linksThatStayInsideTheSiteAreFollowed() throws Exception {
        Sites.put(site, "shared/year.peb", "{% extends \"base.peb\" %}{% block content %}<p>共用的年度页</p>{% endblock %}");
        Sites.put(site, "shared/extra.css", "p { color: green; }\n");
        Files.createDirectories(site.resolve("templates"));
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("templates/year.peb"), Path.of("../shared/year.peb"));
        Files.createSymbolicLink(site.resolve("assets/extra.css"), Path.of("../shared/extra.css"));
        Path out = dir.resolve("out");
        new Build(site, out).run();
        assertTrue(Sites.read(out).get("2023/index.html").contains("<p>共用的年度页</p>"));
        assertEquals("p { color: green; }\n", Sites.read(out).get("assets/extra.css"));
    }

    @Test
    void anIncludeCannotClimbOutOfTemplates() throws Exception {
        Sites.put(site, "templates/year.peb",
                "{% extends \"base.peb\" %}{% block content %}{% include \"../../outside/secret.peb\" %}{% endblock %}");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, dir.resolve("out")).run());
        assertTrue(e.getMessage().startsWith("模板错误 year.peb"), e.getMessage());
        assertTrue(e.getMessage().contains("../../outside/secret.peb"), e.getMessage());
        assertFalse(e.getMessage().contains("机密"), e.getMessage());
    }
}
