package org.gongkai.pipeline;

import static org.gongkai.pipeline.LinkCheckTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.links.AssetHosts;
import org.gongkai.links.LinkChecker;
import org.gongkai.site.Page;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link stage also refuses a script or stylesheet of the theme that calls another host. */
class AssetHostsTest {

    private static List<String> scan(Page... pages) {
        return AssetHosts.scan(List.of(pages)).stream().map(LinkChecker.BrokenLink::toString).toList();
    }

    private static final String REASON = "（脚本或样式表引用其他网站：站点不得向其他主机发出请求（注释里的地址也算，请删去））";

    @Test
    void everyWayAScriptNamesAnotherHostIsFound() {
        assertEquals(List.of(
                "assets/app.js:1:8: https://api.example.org/data.json" + REASON,
                "assets/app.js:2:16: //cdn.example.org/lib.js" + REASON,
                "assets/app.js:3:16: wss://push.example.org:8443/s" + REASON,
                "assets/app.js:4:23: HTTP://Example.ORG/beacon" + REASON,
                "assets/app.js:5:35: http://tracker.example.org" + REASON,
                "assets/app.js:6:4: https://docs.example.org/" + REASON),
                scan(page("assets/app.js", """
                        fetch("https://api.example.org/data.json").then(r => r.json());
                        s.src = 'x' + '//cdn.example.org/lib.js';
                        new WebSocket(`wss://push.example.org:8443/s`);
                        navigator.sendBeacon("HTTP://Example.ORG/beacon");
                        const img = new Image(); img.src="http://tracker.example.org";
                        // https://docs.example.org/ explains this
                        """)));
    }

    @Test
    void namespacesCommentsWithoutHostsPathsAndDivisionPass() {
        assertEquals(List.of(), scan(page("assets/ok.js", """
                // a comment; another // one
                const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
                const half = total / 2 // 2;
                fetch("search/meta.js"); location.href = "../index.html";
                /* works from file:// alike */
                """)));
    }

    @Test
    void aStylesheetImportIsFoundAndUrlIsLeftToTheLinkStage() {
        assertEquals(List.of("assets/theme.css:1:10: https://fonts.example.org/a.css" + REASON,
                        "assets/theme.css:2:10: //cdn.example.org/b.css" + REASON),
                scan(page("assets/theme.css", """
                        @import "https://fonts.example.org/a.css";
                        @import '//cdn.example.org/b.css';
                        body { background: url(https://img.example.org/bg.png); }
                        h1 { background: url("//img.example.org/h.png"); }
                        """)));
    }

    @Test
    void onlyTheThemesScriptsAndStylesheetsAreScanned() {
        // The search index is data from the content, where a web address is ordinary text.
        assertEquals(List.of(), scan(
                page("search/d/0.js", "gongkaiSearch.d([\"见 https://www.example.gov.cn/\"]);"),
                page("assets/readme.txt", "https://example.org/"),
                page("index.html", "<p>https://example.org/</p>")));
    }

    @Test
    void aCustomScriptCallingAnotherHostFailsTheBuildNamingTheFile(@TempDir Path dir) {
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL);
        Sites.put(site, "assets/stats.js", "'use strict';\nfetch('https://stats.example.org/hit?p=' + location.pathname);\n");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, dir.resolve("out")).run());
        assertEquals("1 个无效链接（多由自定义模板造成）：\n  assets/stats.js:2:8: https://stats.example.org/hit?p=" + REASON,
                e.getMessage());
    }
}
