package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Browser;
import org.gongkai.support.Sites;
import org.gongkai.support.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Searching the built default site in headless Chromium, served on localhost under a sub-path
 * with the strict CSP, and opened from disk.
 */
class SearchBrowserIT {

    static Path site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Browser.require();
        site = dir.resolve("site");
        new Build(Sites.REPO, site).run();
        server = new StaticServer(site);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static String search(String query) {
        return "search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Opens {@code url}, waits until the search has finished, returns the status line. */
    static String open(String url) {
        browser.get(url);
        Browser.waitFor(() -> {
            String s = browser.findElement(By.id("search-status")).getText();
            return !s.isEmpty() && !s.startsWith("正在搜索")
                    && (!s.startsWith("找到") || !browser.findElements(By.cssSelector("#search-results li")).isEmpty());
        }, 10, "搜索结果");
        return browser.findElement(By.id("search-status")).getText();
    }

    static List<String> titles() {
        return browser.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void placeName科技馆FindsItsProjectsAndRows() {
        String status = open(server.url(search("科技馆")));
        assertTrue(status.startsWith("找到 "), status);
        List<String> titles = titles();
        assertTrue(titles.contains("科技馆运行经费"), titles.toString());
        assertTrue(titles.contains("冀财教【2022】145号河北省财政厅关于提前下达2023年科技馆免费开放中央补助资金的通知"), titles.toString());
        assertTrue(titles.get(0).contains("科技馆"), "title hits first: " + titles);
        assertEquals("科技馆", browser.findElement(By.cssSelector("#search-results li mark")).getText());
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    @Test
    void 满意度FindsTheSatisfactionRowsWithTheirContext() {
        // The four 满意度 rows, and the department, whose 分项绩效目标 name 满意度 (its whole text is indexed).
        assertEquals("找到 5 条结果", open(server.url(search("满意度"))));
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results li"));
        assertEquals(4, results.stream().filter(r -> r.getText().startsWith("指标 · 满意度指标")).count(),
                results.get(0).getText());
        assertEquals(1, results.stream().filter(r -> r.getText().startsWith("部门")).count(), results.get(0).getText());
        assertTrue(results.stream().anyMatch(r -> r.getText().contains("群众满意度") && r.getText().contains("指标值 ≥85 %")));
    }

    @Test
    void aProjectCodeFindsItsProjectWholeOrByPrefix() {
        assertEquals("找到 1 条结果", open(server.url(search("13028123P00016110004W"))));
        assertEquals(List.of("安可计算机购置"), titles());
        open(server.url(search("13028123P00016")));
        assertEquals(List.of("安可计算机购置"), titles());
    }

    @Test
    void anAmountFindsWhereItIsDisclosed() {
        assertEquals("找到 2 条结果", open(server.url(search("0.85"))));
        assertEquals(List.of("安可计算机购置", "审核金额"), titles());
    }

    @Test
    void noHitsSaysSoAndSuggests() {
        assertEquals("没有找到与“航天飞机”相关的内容。", open(server.url(search("航天飞机"))));
        assertTrue(browser.findElement(By.id("search-empty")).isDisplayed());
        assertTrue(titles().isEmpty());
    }

    @Test
    void filtersAndParametersComeFromTheAddress() {
        assertEquals("找到 4 条结果", open(server.url(search("满意度") + "&year=2023&level=" + URLEncoder.encode("满意度指标", StandardCharsets.UTF_8))));
        assertEquals("2023", browser.findElement(By.id("year")).getAttribute("value"));
        assertEquals("满意度指标", browser.findElement(By.id("level")).getAttribute("value"));
        assertEquals("满意度", browser.findElement(By.id("q")).getAttribute("value"));
        assertEquals("找到 2 条结果", open(server.url(search("科技馆") + "&level=p")));
        assertTrue(titles().contains("科技馆运行经费"));
        String none = open(server.url(search("满意度") + "&level=" + URLEncoder.encode("产出指标", StandardCharsets.UTF_8)));
        assertEquals("没有找到与“满意度”相关的内容。", none);
    }

    @Test
    void theHeaderBoxSearchesFromAnyPageByKeyboard() {
        browser.get(server.url("2023/731001/13028123P00016110004W/index.html"));
        WebElement box = browser.findElement(By.id("header-q"));
        box.sendKeys("科普活动经费", Keys.ENTER);
        Browser.waitFor(() -> browser.findElement(By.id("search-status")).getText().startsWith("找到"), 10, "搜索结果");
        assertTrue(browser.getCurrentUrl().contains(StaticServer.SUB_PATH + "search/index.html?q="), browser.getCurrentUrl());
        assertEquals("科普活动经费", titles().get(0));
    }

    @Test
    void resultsFollowTheTypingAndTheAddressFollowsToo() {
        open(server.url("search/index.html"));
        browser.findElement(By.id("q")).sendKeys("满意度");
        Browser.waitFor(() -> browser.findElement(By.id("search-status")).getText().equals("找到 5 条结果")
                && titles().size() == 5, 10, "结果");
        assertTrue(browser.getCurrentUrl().endsWith("search/index.html?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8)),
                browser.getCurrentUrl());
        assertEquals(5, titles().size());
    }

    @Test
    void worksOpenedStraightFromDisk() {
        String status = open(site.resolve("search/index.html").toUri() + "?q=" + URLEncoder.encode("科技馆", StandardCharsets.UTF_8));
        assertTrue(status.startsWith("找到 "), status);
        assertTrue(titles().contains("科技馆运行经费"));
    }

    /** search.js reads the lists of document numbers as Script.java writes them, in every form. */
    @Test
    void javascriptReadsTheListsJavaWrites() {
        browser.get(server.url("search/index.html"));
        int[][] lists = {{}, {0}, {31}, {32}, {1023, 1024, 40000, 1 << 20}, {0, 1, 2, 3, 4, 5, 6, 7, 100},
            java.util.stream.IntStream.range(0, 3000).filter(i -> i % 3 != 0).toArray(),
            java.util.stream.IntStream.range(0, 3000).map(i -> i * 97).toArray()};
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (int[] ids : lists) {
            String list = new String(new Script(16).ids(ids, ids.length).toBytes(), StandardCharsets.UTF_8);
            assertEquals(java.util.Arrays.stream(ids).boxed().map(Long::valueOf).toList(),
                    js.executeScript("return window.gongkaiSearch.decode(JSON.parse(arguments[0]));", list), list);
            int[] part = java.util.stream.IntStream.of(ids).filter(i -> i % 2 == 0).toArray();
            String flags = new String(new Script(16).subset(part, ids).toBytes(), StandardCharsets.UTF_8);
            assertEquals(java.util.Arrays.stream(part).boxed().map(Long::valueOf).toList(),
                    js.executeScript("return window.gongkaiSearch.decode(JSON.parse(arguments[0]), arguments[1]);", flags,
                            java.util.Arrays.stream(ids).boxed().toList()), flags);
        }
    }

    /** The browser's tokenizer (search.js) and the index's (Tokenizer.java) agree on tricky text. */
    @Test
    void javascriptAndJavaTokenizeAlike() {
        browser.get(server.url("search/index.html"));
        for (String text : List.of("科技馆", "满意度≥95%", "13028123P00016110004W", "预算数0.85万元，其中财政资金0.85万元",
                "《全民科学素质行动计划纲要实施方案（2016—2023年）》", "冀财教【2022】145号", "ＡＢＣ１２３ａｂｃ",
                "≥1000人次（送流动文化服务进基层完成率）", "Web 2.0 and 3.14.15", "单", "x", "", "科 技", "1.", ".5 a.b 0.85.",
                "İzmir İZMİR", "12\u212aB", "constructor Constructor toString __proto__ hasOwnProperty", "1.\u0663 2.\uff13")) {
            for (boolean index : new boolean[] {true, false}) {
                @SuppressWarnings("unchecked")
                List<String> js = (List<String>) ((JavascriptExecutor) browser)
                        .executeScript("return window.gongkaiSearch.tokenize(arguments[0], arguments[1]);", text, index);
                List<String> java = index ? List.copyOf(Tokenizer.index(text)) : Tokenizer.query(text);
                assertEquals(java, js, (index ? "index: " : "query: ") + text);
            }
        }
        assertFalse(Tokenizer.index("科技馆").isEmpty());
    }

    /**
     * Case folding and tokenizing agree on every UTF-16 code unit, alone and between the
     * characters around which the rules turn (a letter, a digit, a decimal point, a Han
     * character): the browser builds the texts itself, so lone surrogates need no transport.
     */
    @Test
    void javascriptAndJavaFoldAndTokenizeEveryCodeUnitAlike() {
        browser.get(server.url("search/index.html"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // One line per code unit, one string per call: a list of 65,536 values is slow to transport.
        String folded = (String) js.executeScript("""
                var out = [];
                for (var c = 0; c < 0x10000; c++) {
                  var f = window.gongkaiSearch.fold(String.fromCharCode(c));
                  out.push(Array.prototype.map.call(f, function (u) { return u.charCodeAt(0); }).join(','));
                }
                return out.join('\\n');""");
        StringBuilder java = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            java.append(c == 0 ? "" : "\n").append((int) Tokenizer.fold((char) c));
        }
        assertSameLines(java.toString(), folded, "fold");
        for (String context : List.of("a%sB", "1.%s", "1%s.5", "科%s技", "Ab12345678%s9")) {
            for (boolean index : new boolean[] {true, false}) {
                String tokens = (String) js.executeScript("""
                        var parts = arguments[0].split('%s');
                        var out = [];
                        for (var c = 0; c < 0x10000; c++) {
                          out.push(window.gongkaiSearch.tokenize(parts[0] + String.fromCharCode(c) + parts[1], arguments[1]).join(' '));
                        }
                        return out.join('\\n');""", context, index);
                java.setLength(0);
                for (int c = 0; c < 0x10000; c++) {
                    String text = context.replace("%s", String.valueOf((char) c));
                    java.append(c == 0 ? "" : "\n").append(String.join(" ", index ? Tokenizer.index(text) : Tokenizer.query(text)));
                }
                assertSameLines(java.toString(), tokens, (index ? "index " : "query ") + context);
            }
        }
    }

    /** Line {@code c} is the result for code unit {@code c}: a difference names its code unit. */
    private static void assertSameLines(String java, String js, String what) {
        if (!java.equals(js)) {
            String[] a = java.split("\n", -1);
            String[] b = js.split("\n", -1);
            for (int c = 0; c < Math.min(a.length, b.length); c++) {
                assertEquals(a[c], b[c], String.format("%s U+%04X", what, c));
            }
            assertEquals(a.length, b.length, what);
        }
    }

    /** "constructor" is a word like any other, not Object.prototype's: found where it is written, nothing where not. */
    @Test
    void constructorIsSearchedLikeAnyWord(@TempDir Path dir) throws Exception {
        assertEquals("没有找到与“constructor”相关的内容。", open(server.url(search("constructor"))));
        assertEquals(List.of(), Browser.consoleErrors(browser));
        Path src = Sites.write(dir.resolve("src"), Sites.MINIMAL.replace("name: 测试项目", "name: Constructor 测试项目"));
        new Build(src, dir.resolve("out")).run();
        assertEquals("找到 2 条结果", open(dir.resolve("out/search/index.html").toUri() + "?q=constructor"));
        assertEquals(List.of("Constructor 测试项目", "次数"), titles());
    }
}
