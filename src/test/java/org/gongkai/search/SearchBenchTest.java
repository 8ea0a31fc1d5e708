package org.gongkai.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.support.Browser;
import org.gongkai.support.StaticServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search figures on a large built site (bench/search.sh builds the 10,000-project corpus and
 * runs this): index size on disk, and per query the bytes of index files the browser loaded
 * and the time from navigation to the first result. Skipped in the normal test run.
 */
class SearchBenchTest {

    static final List<String> QUERIES = List.of("科技馆", "满意度", "预算执行率", "13028123P00000000001Y", "0.85");

    @Test
    void measure() throws Exception {
        String built = System.getProperty("gongkai.bench.site");
        Assumptions.assumeTrue(built != null, "run by bench/search.sh (-Dgongkai.bench.site=BUILT_SITE)");
        Path site = Path.of(built);
        long indexBytes;
        long files;
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            indexBytes = all.stream().mapToLong(SearchBenchTest::size).sum();
            files = all.size();
        }
        StringBuilder report = new StringBuilder("query\tresults\tindex_bytes_loaded\tfirst_result_ms_after_navigation\tfirst_result_ms_after_typing_stops\n");
        try (StaticServer server = new StaticServer(site)) {
            ChromeDriver browser = Browser.start(1280, 900);
            try {
                for (String q : QUERIES) {
                    for (int warm = 0; warm < 2; warm++) {   // the second run is the one reported: a warm browser, cold index
                        browser.get("about:blank");
                        browser.get(server.url("search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                        Browser.waitFor(() -> ((JavascriptExecutor) browser)
                                .executeScript("return window.gongkaiSearch.firstResultAt") != null, 20, q);
                        if (warm == 1) {
                            JavascriptExecutor js = (JavascriptExecutor) browser;
                            Object ms = js.executeScript("return Math.round(window.gongkaiSearch.firstResultAt - 0)");
                            Object bytes = js.executeScript("return performance.getEntriesByType('resource')"
                                    + ".filter(e => e.name.indexOf('/search/') >= 0).reduce((s, e) => s + e.encodedBodySize, 0)");
                            String status = browser.findElement(By.id("search-status")).getText();
                            // Typed into the loaded page: from the last keystroke to the first result shown.
                            browser.get(server.url("search/index.html"));
                            Browser.waitFor(() -> browser.findElement(By.id("search-status")).getText().startsWith("输入"), 20, "page");
                            browser.findElement(By.id("q")).sendKeys(q);
                            Browser.waitFor(() -> js.executeScript("return window.gongkaiSearch.firstResultAt") != null, 20, q);
                            Object typed = js.executeScript("return Math.round(window.gongkaiSearch.firstResultAt - window.gongkaiSearch.lastInputAt)");
                            report.append(q).append('\t').append(status).append('\t').append(bytes).append('\t').append(ms)
                                    .append('\t').append(typed).append('\n');
                        }
                    }
                }
            } finally {
                browser.quit();
            }
        }
        String text = "index files: " + files + ", index size on disk: " + indexBytes / 1024 + " KiB\n" + report;
        System.out.print(text);
        Path out = Path.of("target/bench/search.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
