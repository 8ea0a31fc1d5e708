package org.gongkai.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.support.Browser;
import org.gongkai.support.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the test sites passes axe-core's WCAG 2.1 A and AA rules with zero violations,
 * in headless Chromium, served under a sub-path, at a desktop width and at a phone's.
 */
class AxeIT {

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ '
                  + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    static String axeSource() throws IOException {
        try (InputStream in = AxeIT.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPageTypeHasNoViolations(@TempDir Path dir) throws Exception {
        Browser.require();
        Map<String, Path> sites = TestSites.build(dir);
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            for (int width : new int[] {1280, 375}) { // a desktop, and a phone with its stacked tables
                LayoutTest.emulate(browser, width, 900, 1);
                for (Map.Entry<String, Path> site : sites.entrySet()) {
                    try (StaticServer server = new StaticServer(site.getValue())) {
                        for (String page : TestSites.pages(site.getValue())) {
                            browser.get(server.url(page));
                            ((JavascriptExecutor) browser).executeScript(axe);
                            @SuppressWarnings("unchecked")
                            List<String> found = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(RUN);
                            found.forEach(v -> violations.add(width + "px " + site.getKey() + "/" + page + ": " + v));
                            checked++;
                        }
                    }
                }
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
        assertEquals(true, checked >= 50, "pages checked: " + checked);
    }
}
