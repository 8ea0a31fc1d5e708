package org.gongkai.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.support.Browser;
import org.gongkai.support.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search figures on a large built site (bench/search.sh builds the 10,000-project corpus and
 * runs this): index size on disk, and per query the bytes of index files the browser loaded
 * and the time from navigation to the first result. Writes target/bench/search.tsv.
 *
 * <pre>java -cp TEST_CLASSPATH org.gongkai.search.SearchBench BUILT_SITE [REPEAT]</pre>
 */
public final class SearchBench {

    static final List<String> QUERIES = List.of("科技馆", "满意度", "预算执行率", "13028123P00000000001Y", "0.85");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("用法：SearchBench 已构建的站点目录 [每个查询的次数]");
            System.exit(2);
        }
        if (!Files.isExecutable(Browser.CHROMIUM) || !Files.isExecutable(Browser.CHROMEDRIVER)) {
            System.err.println("需要 Chromium 与 chromedriver（" + Browser.CHROMIUM + "，" + Browser.CHROMEDRIVER
                    + "）：apt-get install chromium chromium-driver fonts-noto-cjk");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        // Typing runs per query; the median is reported (the machine is noisy).
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long indexBytes;
        long files;
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            indexBytes = all.stream().mapToLong(SearchBench::size).sum();
            files = all.size();
        }
        StringBuilder report = new StringBuilder("query\tresults\tindex_bytes_loaded\tfiles_loaded"
                + "\tfirst_result_ms_after_navigation (median)\tfirst_result_ms_after_typing_stops (median of " + repeat + ", min-max)"
                + "\ttyping: run postings ranked docs shown (median ms after the last keystroke)\ttyping: files t/d\n");
        try (StaticServer server = new StaticServer(site)) {
            ChromeDriver browser = Browser.start(1280, 900);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            try {
                for (String q : QUERIES) {
                    List<Double> navigation = new ArrayList<>();
                    Object bytes = null;
                    Object loaded = null;
                    for (int r = -1; r < repeat; r++) {   // a warm browser, cold index; the first run is not counted
                        browser.get("about:blank");
                        browser.get(server.url("search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                        Browser.waitFor(() -> js.executeScript("return window.gongkaiSearch.firstResultAt") != null, 20, q);
                        if (r >= 0) {
                            navigation.add(((Number) js.executeScript("return window.gongkaiSearch.firstResultAt")).doubleValue());
                        }
                        bytes = js.executeScript("return performance.getEntriesByType('resource')"
                                + ".filter(e => e.name.indexOf('/search/') >= 0).reduce((s, e) => s + e.encodedBodySize, 0)");
                        loaded = js.executeScript("return performance.getEntriesByType('resource')"
                                + ".filter(e => e.name.indexOf('/search/') >= 0).length");
                    }
                    String status = browser.findElement(By.id("search-status")).getText();
                    // Typed into the loaded page: from the last keystroke to the first result shown.
                    List<Double> totals = new ArrayList<>();
                    List<double[]> phases = new ArrayList<>();
                    String typedFiles = "";
                    for (int r = 0; r < repeat; r++) {
                        browser.get("about:blank");
                        browser.get(server.url("search/index.html"));
                        Browser.waitFor(() -> browser.findElement(By.id("search-status")).getText().startsWith("输入"), 20, "page");
                        js.executeScript("window.benchBefore = performance.getEntriesByType('resource').length");
                        browser.findElement(By.id("q")).sendKeys(q);
                        Browser.waitFor(() -> js.executeScript("return window.gongkaiSearch.firstResultAt") != null, 20, q);
                        @SuppressWarnings("unchecked")
                        List<Object> t = (List<Object>) js.executeScript("var g = window.gongkaiSearch, t = g.trace || {}, at = g.lastInputAt;"
                                + "return [g.firstResultAt - at].concat(['run', 'postings', 'ranked', 'docs', 'shown']"
                                + ".map(k => t[k] ? t[k] - at : -1));");
                        totals.add(((Number) t.get(0)).doubleValue());
                        phases.add(t.subList(1, t.size()).stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray());
                        typedFiles = (String) js.executeScript("var e = performance.getEntriesByType('resource').slice(window.benchBefore);"
                                + "return e.filter(x => x.name.indexOf('/search/t/') >= 0).length + '/' "
                                + "+ e.filter(x => x.name.indexOf('/search/d/') >= 0).length;");
                    }
                    StringBuilder phase = new StringBuilder();
                    for (int k = 0; k < 5; k++) {
                        int col = k;
                        phase.append(k == 0 ? "" : " ").append(Math.round(median(phases.stream().map(a -> a[col]).toList())));
                    }
                    report.append(q).append('\t').append(status).append('\t').append(bytes).append('\t').append(loaded)
                            .append('\t').append(Math.round(median(navigation))).append('\t').append(Math.round(median(totals))).append(" (")
                            .append(Math.round(java.util.Collections.min(totals))).append('-')
                            .append(Math.round(java.util.Collections.max(totals))).append(")\t").append(phase)
                            .append('\t').append(typedFiles).append('\n');
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

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
