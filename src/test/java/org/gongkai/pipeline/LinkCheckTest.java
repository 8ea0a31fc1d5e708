package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.links.LinkChecker;
import org.gongkai.site.Page;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link stage: broken links and anchors, absolute paths and requests to other hosts fail the build. */
class LinkCheckTest {

    static Page page(String path, String html) {
        return new Page(path, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfBrokenLinkIsNamed() {
        List<Page> site = List.of(
                page("index.html", """
                        <a href="2023/index.html">ok</a> <a href="2023/index.html#top">ok anchor</a>
                        <a href="#here">same page</a><span id="here"></span>
                        <a href="2024/index.html">missing</a> <a href="2023/index.html#nowhere">bad anchor</a>
                        <a href="/2023/index.html">absolute</a> <a href="2023/">folder</a> <a href="../up.html">above root</a>
                        <a href="https://example.org/">a hyperlink out is allowed</a>
                        <link rel="stylesheet" href="https://cdn.example.org/x.css">
                        <img src="//cdn.example.org/x.png" alt="">
                        """),
                page("2023/index.html", "<h1 id=\"top\">2023</h1><link rel=\"stylesheet\" href=\"../assets/style.css\">"),
                page("assets/style.css", "body { background: url(\"img/bg.png\"); } h1 { background: url(https://fonts.example.org/f.woff); }"));
        List<String> broken = new LinkChecker(site).check().stream().map(LinkChecker.BrokenLink::toString).toList();
        assertEquals(List.of(
                "assets/style.css: img/bg.png（目标文件不存在）",
                "assets/style.css: https://fonts.example.org/f.woff（引用其他网站的资源：站点不得向其他主机发出请求）",
                "index.html: 2024/index.html（目标文件不存在）",
                "index.html: 2023/index.html#nowhere（目标页面没有 id 为 \"nowhere\" 的位置）",
                "index.html: /2023/index.html（绝对路径：链接须为相对路径，站点才能放在任意子路径下）",
                "index.html: 2023/（指向文件夹：从磁盘打开时无法显示，请链接到其中的 index.html）",
                "index.html: ../up.html（目标文件不存在）",
                "index.html: https://cdn.example.org/x.css（引用其他网站的资源：站点不得向其他主机发出请求）",
                "index.html: //cdn.example.org/x.png（引用其他网站的资源：站点不得向其他主机发出请求）"), broken);
    }

    /** Links are read as a browser reads tags: any quoting or white space, srcset too, nothing in comments. */
    @Test
    void linksInEveryFormOfAttributeAndNoneInComments() {
        List<Page> site = List.of(
                page("index.html", """
                        <a href='single.html'>x</a> <a href=unquoted.html>y</a>
                        <img alt=""
                        src="newline.png"><img srcset="ok.png 1x, big.png 2x, https://cdn.example.org/x.png 3x" src="ok.png" alt="">
                        <span id='quoted-once'></span><a href="#quoted-once">ok</a>
                        <!-- <a href="commented-out.html"> -->
                        <script>var s = '<a href="in-script.html">';</script>
                        <a href="&#106;avascript:alert(1)">entity</a>
                        """),
                page("ok.png", ""));
        List<String> broken = new LinkChecker(site).check().stream().map(LinkChecker.BrokenLink::toString).toList();
        assertEquals(List.of(
                "index.html: single.html（目标文件不存在）",
                "index.html: unquoted.html（目标文件不存在）",
                "index.html: newline.png（目标文件不存在）",
                "index.html: big.png（目标文件不存在）",
                "index.html: https://cdn.example.org/x.png（引用其他网站的资源：站点不得向其他主机发出请求）",
                "index.html: javascript:alert(1)（引用其他网站的资源：站点不得向其他主机发出请求）"), broken);
    }

    @Test
    void relativePathsResolveLikeABrowser() {
        assertEquals("assets/style.css", LinkChecker.resolve("2023/731001/P1/index.html", "../../../assets/style.css"));
        assertEquals("2023/731001/index.html", LinkChecker.resolve("2023/731001/P1/index.html", "../index.html"));
        assertEquals("2023/731001/P2/index.html", LinkChecker.resolve("2023/731001/P1/index.html", "../P2/./index.html"));
        assertEquals("index.html", LinkChecker.resolve("2023/index.html", "../x/../index.html"));
        assertEquals("2023/a.html", LinkChecker.resolve("2023/index.html", "a.html"));
        assertEquals("a.html", LinkChecker.resolve("index.html", "./a.html"));
        assertEquals(null, LinkChecker.resolve("2023/index.html", "../../a.html"));
        assertEquals(null, LinkChecker.resolve("index.html", "../a.html"));
    }

    @Test
    void aTemplateWithABrokenLinkFailsTheBuildAndWritesNothing(@TempDir Path dir) {
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL);
        Sites.put(site, "templates/year.peb", "{% extends \"base.peb\" %}{% block content %}<a href=\"{{ root }}nowhere.html\">x</a>{% endblock %}");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, dir.resolve("out")).run());
        assertEquals("1 个无效链接（多由自定义模板造成）：\n  2023/index.html: ../nowhere.html（目标文件不存在）", e.getMessage());
        assertEquals(false, java.nio.file.Files.exists(dir.resolve("out")));
    }

    /** In a build, a link out must be to a host the site names; the others are refused, wherever they stand. */
    @Test
    void aLinkOutMustBeToAHostTheSiteNames() {
        List<Page> site = List.of(page("index.html", """
                <a href="https://beian.miit.gov.cn/">ICP</a> <a href="https://WeiBo.com/x?y=1#z">微博</a>
                <a href="mailto:a@example.org">邮件</a> <a href="http://evil.example.org/">模板加的</a>
                <a href="https://beian.miit.gov.cn.evil.example.org/">相似的主机</a>
                <a href="https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/">中文域名</a>
                """));
        LinkChecker checker = new LinkChecker(site, null, List.of("https://beian.miit.gov.cn/", "https://weibo.com/example",
                "https://例子.中国/"));
        assertEquals(List.of(
                "index.html: http://evil.example.org/（链接到其他网站：只能链接到 site.yaml 的设置或各部门文字中写明的网址）",
                "index.html: https://beian.miit.gov.cn.evil.example.org/（链接到其他网站：只能链接到 site.yaml 的设置或各部门文字中写明的网址）"),
                checker.check().stream().map(LinkChecker.BrokenLink::toString).toList());
        assertEquals(List.of("https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/", "https://WeiBo.com/x?y=1#z",
                "https://beian.miit.gov.cn/"), checker.externalLinks());
    }

    @Test
    void aBuildListsItsLinksOutAndRefusesATemplatesOwn(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL);
        Sites.put(site, "site.yaml", """
                title: 测试站点
                footer: 见[公开目录](https://www.example.gov.cn/xxgk/)
                portal:
                  icp: 冀ICP备12345678号
                """);
        Build.Result result = new Build(site, dir.resolve("out")).run();
        assertEquals(List.of("https://beian.miit.gov.cn/", "https://www.example.gov.cn/xxgk/"), result.externalLinks());
        Sites.put(site, "templates/year.peb",
                "{% extends \"base.peb\" %}{% block content %}<a href=\"https://tracker.example.org/\">x</a>{% endblock %}");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, dir.resolve("out")).run());
        assertEquals("1 个无效链接（多由自定义模板造成）：\n  2023/index.html: https://tracker.example.org/"
                + "（链接到其他网站：只能链接到 site.yaml 的设置或各部门文字中写明的网址）", e.getMessage());
    }

    @Test
    void theDefaultSiteHasNoBrokenLink(@TempDir Path dir) throws Exception {
        Build.Result result = new Build(Sites.REPO, dir.resolve("out")).run();
        assertEquals(List.of("load", "validate", "assets", "render", "index", "links", "write"),
                result.times().stages().stream().map(Stage::id).toList());
    }
}
