package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.support.Browser;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** In headless Chromium, under serve's strict CSP: an open page reloads itself after an edit, and shows it. */
class ServeReloadIT {

    @Test
    void anOpenPageReloadsAfterAnEdit(@TempDir Path dir) throws Exception {
        Browser.require();
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.copy(Sites.REPO.resolve("site.yaml"), site.resolve("site.yaml"));
        ServeTest.copy(Sites.REPO.resolve("content"), site.resolve("content"));
        StringWriter log = new StringWriter();
        try (Serve serve = Serve.start(site, "127.0.0.1", 0, "/gongkai/", new PrintWriter(log, true))) {
            ChromeDriver browser = Browser.start(1280, 900);
            try {
                browser.get(serve.url() + "2023/731001/13028123P00015110004M/index.html");
                JavascriptExecutor js = browser;
                js.executeScript("window.gongkaiBeforeReload = true");
                Browser.waitFor(() -> serve.listeners() == 1, 30, "the page listens for reloads");
                Path file = site.resolve(ServeTest.PROJECT);
                Files.writeString(file, Files.readString(file).replaceFirst("(?m)^name: .*$", "name: 浏览器里看到的新名称"));
                Browser.waitFor(() -> js.executeScript("return window.gongkaiBeforeReload") == null
                        && browser.getTitle().contains("浏览器里看到的新名称"), 60, "the page reloads with the edit: " + log);
                assertTrue(browser.getPageSource().contains("浏览器里看到的新名称"));
                assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
            } finally {
                browser.quit();
            }
        }
    }
}
