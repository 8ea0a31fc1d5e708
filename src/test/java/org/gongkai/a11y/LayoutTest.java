package org.gongkai.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gongkai.support.Browser;
import org.gongkai.support.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader on a phone, a reader at 200% zoom, a reader using the 适老化 mode and a reader
 * printing the 绩效目标表 gets — in headless Chromium, under the strict Content-Security-Policy.
 */
class LayoutTest {

    static Map<String, Path> sites;
    static StaticServer server;
    static List<String> pages;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Browser.require();
        sites = TestSites.build(dir);
        server = new StaticServer(sites.get("features"));
        pages = TestSites.pages(sites.get("features"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Object js(ChromeDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** At 375 px (a phone) and 640 px (1280 px at 200% zoom), no page scrolls sideways; wide tables scroll in their box. */
    @Test
    void noPageScrollsSideways() {
        List<String> wide = new ArrayList<>();
        for (int width : new int[] {375, 640}) {
            ChromeDriver browser = Browser.start(width, 900);
            try {
                for (boolean elder : new boolean[] {false, true}) {
                    for (String page : pages) {
                        browser.get(server.url(page));
                        js(browser, "document.documentElement.classList.toggle('elder', " + elder + ")");
                        long scroll = (Long) js(browser, "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (scroll > 0) {
                            wide.add(width + "px" + (elder ? " 适老模式" : "") + " " + page + ": " + scroll + "px");
                        }
                    }
                }
                // 404.html names no icon (without base_url it cannot know where the site's is), so the
                // browser asks the server root for /favicon.ico: the test server's root, not the page's request.
                assertEquals(List.of(), Browser.consoleErrors(browser).stream()
                        .filter(e -> !e.contains("/favicon.ico ")).toList(), "no script error or CSP violation");
            } finally {
                browser.quit();
            }
        }
        assertEquals(List.of(), wide);
    }

    /** What sticks out on the right, outside the boxes that scroll on their own: for the failure message. */
    static final String WIDEST = "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll'))"
            + ".slice(-3).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 24)).join(' | ')";

    /** The compare pages, with their wide tables and long compared texts, fit a phone too. */
    @Test
    void comparePagesFitAPhone() {
        List<String> wide = new ArrayList<>();
        ChromeDriver browser = Browser.start(375, 900);
        try (StaticServer twoYears = new StaticServer(sites.get("two-years"))) {
            for (String page : List.of("2024/731001/compare.html", "2024/changes.html")) {
                for (boolean elder : new boolean[] {false, true}) {
                    browser.get(twoYears.url(page));
                    js(browser, "document.documentElement.classList.toggle('elder', " + elder + ")");
                    long scroll = (Long) js(browser,
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (scroll > 0) {
                        wide.add(page + (elder ? " 适老模式" : "") + ": " + scroll + "px " + js(browser, WIDEST));
                    }
                }
            }
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), wide);
    }

    /** The switch enlarges the text, says it is on, and stays on across pages and visits. */
    @Test
    void elderModePersistsAcrossPages() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.get(server.url("index.html"));
            String before = (String) js(browser, "return getComputedStyle(document.documentElement).fontSize");
            var toggle = browser.findElement(By.id("elder-toggle"));
            assertTrue(toggle.isDisplayed(), "the switch shows when scripts run");
            assertEquals("false", toggle.getAttribute("aria-pressed"));
            String state = "return document.querySelector('#elder-toggle .elder-state').textContent";
            assertEquals("：关", js(browser, state), "the label tells the state");
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-pressed"));
            assertEquals("：开", js(browser, state));
            String after = (String) js(browser, "return getComputedStyle(document.documentElement).fontSize");
            assertTrue(Double.parseDouble(after.replace("px", "")) >= 1.2 * Double.parseDouble(before.replace("px", "")),
                    before + " → " + after);
            browser.get(server.url("2024/100001/B2/index.html"));
            assertEquals(true, js(browser, "return document.documentElement.classList.contains('elder')"));
            assertEquals("true", browser.findElement(By.id("elder-toggle")).getAttribute("aria-pressed"));
            browser.findElement(By.id("elder-toggle")).click();
            browser.get(server.url("2024/index.html"));
            assertEquals(false, js(browser, "return document.documentElement.classList.contains('elder')"));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
    }

    /** Printed, a project page is the form alone: navigation hidden, every cell bordered in black, rows unbroken. */
    @Test
    void printedProjectPageIsTheOfficialForm() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.get(server.url("2024/100001/B2/index.html"));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String hidden : new String[] {".site-header", ".crumbs", ".pager", ".site-footer"}) {
                assertEquals("none", js(browser, "return getComputedStyle(document.querySelector('" + hidden + "')).display"), hidden);
            }
            assertEquals("1px solid rgb(0, 0, 0)", js(browser, "return getComputedStyle(document.querySelector('.indicators td')).border"));
            assertEquals("avoid", js(browser, "return getComputedStyle(document.querySelector('.indicators tr')).breakInside"));
            assertTrue(((String) js(browser, "return document.querySelector('.form caption').textContent")).contains("单位：元"));
            String pdf = browser.print(new org.openqa.selenium.print.PrintOptions()).getContent();
            assertTrue(java.util.Base64.getDecoder().decode(pdf).length > 10_000, "a PDF is printed");
        } finally {
            browser.quit();
        }
    }

    /** Shows the page as a phone of {@code width} CSS px, or a window at 200% zoom ({@code scale} 2). */
    static void emulate(ChromeDriver browser, int width, int height, int scale) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", false));
    }

    /** Table cells narrower than 3 em (their own font size), visible ones only: for the failure message. */
    static final String NARROW = "return [...document.querySelectorAll('main td, main th')].filter(c => {"
            + " const r = c.getBoundingClientRect(); return r.width > 0 && c.offsetParent !== null"
            + " && r.width < 3 * parseFloat(getComputedStyle(c).fontSize) - 0.5; })"
            + ".slice(0, 3).map(c => c.tagName + ' ' + Math.round(c.getBoundingClientRect().width) + 'px '"
            + " + c.textContent.trim().slice(0, 16))";

    /** Cells that reach past the right edge of the page, or boxes that must be scrolled sideways to see them. */
    static final String OFF_SCREEN = "const w = document.documentElement.clientWidth;"
            + " const cells = [...document.querySelectorAll('main td, main th')].filter(c => c.offsetParent !== null"
            + " && c.getBoundingClientRect().right > w + 1).map(c => c.tagName + ' ' + c.textContent.trim().slice(0, 16));"
            + " const boxes = [...document.querySelectorAll('main .table-scroll')].filter(b => b.scrollWidth > b.clientWidth + 1)"
            + ".map(b => 'box ' + (b.querySelector('caption') || b).textContent.trim().slice(0, 16));"
            + " return cells.concat(boxes).slice(0, 4);";

    /**
     * On a 375 px phone and in a 1,500 px window at 200% zoom (750 CSS px, twice the pixels), in both
     * modes: no page scrolls sideways, no table cell is narrower than 3 em, every value of a project page
     * is on screen without scrolling a table sideways, and the header stays short.
     */
    @Test
    void phoneAndZoomKeepEveryValueOnScreen() {
        List<String> problems = new ArrayList<>();
        long[] tallest = new long[2];
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer twoYears = new StaticServer(sites.get("two-years"))) {
            List<String> urls = new ArrayList<>();
            pages.forEach(p -> urls.add(server.url(p)));
            List.of("2024/731001/compare.html", "2024/changes.html", "2024/731001/index.html", "2024/index.html")
                    .forEach(p -> urls.add(twoYears.url(p)));
            for (int[] screen : new int[][] {{375, 1}, {750, 2}}) {
                emulate(browser, screen[0], 900, screen[1]);
                for (boolean elder : new boolean[] {false, true}) {
                    for (String url : urls) {
                        browser.get(url);
                        js(browser, "document.documentElement.classList.toggle('elder', " + elder + ")");
                        String where = screen[0] + "px" + (screen[1] > 1 ? "（200%）" : "") + (elder ? " 适老模式 " : " ") + url;
                        long scroll = (Long) js(browser, "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (scroll > 0) {
                            problems.add(where + ": page scrolls sideways " + scroll + "px " + js(browser, WIDEST));
                        }
                        Object narrow = js(browser, NARROW);
                        if (!((List<?>) narrow).isEmpty()) {
                            problems.add(where + ": cells narrower than 3em " + narrow);
                        }
                        if (url.matches(".*/[0-9A-Z]{10,}/index\\.html")) {
                            Object off = js(browser, OFF_SCREEN);
                            if (!((List<?>) off).isEmpty()) {
                                problems.add(where + ": values off screen " + off);
                            }
                        }
                        long header = (Long) js(browser, "const h = document.querySelector('.site-header'); return h ? Math.round(h.getBoundingClientRect().height) : 0");
                        if (header > (elder ? 130 : 100)) {
                            problems.add(where + ": header " + header + "px");
                        }
                        tallest[elder ? 1 : 0] = Math.max(tallest[elder ? 1 : 0], header);
                    }
                }
            }
            assertEquals(List.of(), Browser.consoleErrors(browser).stream()
                    .filter(e -> !e.contains("/favicon.ico ")).toList(), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
        System.out.println("LayoutTest: tallest header on a phone or at 200% zoom " + tallest[0] + " px, 适老模式 " + tallest[1] + " px");
        assertEquals(List.of(), problems);
    }

    /** The amounts of one column, label left out, in the rows' current order. */
    @SuppressWarnings("unchecked")
    static List<String> column(ChromeDriver browser, String table, int index) {
        return (List<String>) js(browser, "return [...document.querySelectorAll('" + table + " tbody tr')].map(r =>"
                + " [...r.cells[" + index + "].childNodes].filter(n => !(n.classList && n.classList.contains('cell-label')))"
                + ".map(n => n.textContent).join('').trim())");
    }

    /** The order BigDecimal gives, blanks last: what the script must reproduce without floats. */
    static List<String> decimalOrder(List<String> values, boolean descending) {
        Comparator<BigDecimal> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<String> sorted = new ArrayList<>(values.stream().filter(v -> !v.isEmpty()).toList());
        sorted.sort((a, b) -> order.compare(new BigDecimal(a.replace("%", "").replace("+", "")),
                new BigDecimal(b.replace("%", "").replace("+", ""))));
        values.stream().filter(String::isEmpty).forEach(sorted::add);
        return sorted;
    }

    /** Sorting from the keyboard: Enter and Space on a header's button, aria-sort set, the new order announced. */
    @Test
    void listsSortByKeyboardAndSayHow() {
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer twoYears = new StaticServer(sites.get("two-years"))) {
            browser.get(twoYears.url("2024/changes.html"));
            WebElement th = browser.findElement(By.cssSelector("#changed-caption ~ thead th:nth-child(6)"));
            WebElement button = th.findElement(By.cssSelector("button.sort"));
            assertEquals("增减", button.getText().trim());
            List<String> before = column(browser, "table.sortable", 5);
            button.sendKeys(Keys.ENTER);
            assertEquals("descending", th.getAttribute("aria-sort"));
            assertEquals(decimalOrder(before, true), column(browser, "table.sortable", 5));
            Browser.waitFor(() -> browser.findElement(By.cssSelector("[role=status]")).getAttribute("textContent")
                    .equals("已按“增减”从大到小排列。"), 5, "the order is announced");
            button.sendKeys(Keys.SPACE);
            assertEquals("ascending", th.getAttribute("aria-sort"));
            assertEquals(decimalOrder(before, false), column(browser, "table.sortable", 5));

            // By name, in the department's project list; then 序号 brings back the disclosed order.
            browser.get(twoYears.url("2024/731001/index.html"));
            List<String> disclosed = column(browser, "table.sortable", 2);
            WebElement name = browser.findElement(By.cssSelector("table.sortable thead th[data-sort=text] button"));
            name.sendKeys(Keys.ENTER);
            assertEquals("ascending", name.findElement(By.xpath("..")).getAttribute("aria-sort"));
            browser.findElement(By.cssSelector("table.sortable thead th:first-child button")).sendKeys(Keys.ENTER);
            browser.findElement(By.cssSelector("table.sortable thead th:first-child button")).sendKeys(Keys.ENTER);
            assertEquals(disclosed, column(browser, "table.sortable", 2));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
    }

    /** A project in another money unit is sorted apart from the department's, never among its amounts. */
    @Test
    void amountsInAnotherUnitAreSortedApart() {
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer formFamily = new StaticServer(sites.get("form-family"))) {
            browser.get(formFamily.url("2022/岳阳县农业农村局/index.html"));
            WebElement total = browser.findElement(By.cssSelector("table.sortable thead th[data-sort=amount] button"));
            total.sendKeys(Keys.ENTER);
            total.sendKeys(Keys.ENTER); // ascending: the 元 project would come first if units were mixed
            @SuppressWarnings("unchecked")
            List<String> units = (List<String>) js(browser,
                    "return [...document.querySelectorAll('table.sortable tbody tr')].map(r => r.dataset.unit || '')");
            assertEquals("元", units.get(units.size() - 1), units.toString());
        } finally {
            browser.quit();
        }
    }

    /** A compare page opens folded; a link to a changed project opens its fold; the summary line tells what changed. */
    @Test
    void comparePagesFoldAndLinksOpenTheFold() {
        ChromeDriver browser = Browser.start(375, 900);
        try (StaticServer twoYears = new StaticServer(sites.get("two-years"))) {
            browser.get(twoYears.url("2024/731001/compare.html"));
            List<WebElement> folds = browser.findElements(By.cssSelector("details.project-change"));
            assertTrue(!folds.isEmpty());
            for (WebElement fold : folds) {
                assertEquals(null, fold.getAttribute("open"));
                assertTrue(fold.findElement(By.cssSelector("summary")).getText().matches("(?s).*：.*(预算数|指标|文字|资金).*"),
                        fold.findElement(By.cssSelector("summary")).getText());
            }
            WebElement projects = browser.findElement(By.cssSelector("section[aria-labelledby=projects-title] details"));
            projects.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
            assertEquals("true", projects.getAttribute("open"));
            WebElement jump = browser.findElement(By.cssSelector("a.jump"));
            String target = jump.getAttribute("href").replaceAll(".*#", "");
            jump.click();
            Browser.waitFor(() -> browser.findElement(By.id(target)).getAttribute("open") != null, 5, "the fold opens");
            long page = (Long) js(browser, "return document.documentElement.scrollHeight");
            assertTrue(page < 20_000, "folded, the page is short: " + page);
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
    }

    /** The 数据质量 page: a summary row links to its rule, and the filter shows that rule alone. */
    @Test
    void qualityPageFiltersByRule() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.get(server.url("quality/index.html"));
            List<WebElement> sections = browser.findElements(By.cssSelector("section.quality-rule"));
            assertTrue(sections.size() >= 2, "rules: " + sections.size());
            String first = sections.get(0).getAttribute("id");
            js(browser, "const s = document.getElementById('rule-filter'); s.value = '" + first + "';"
                    + " s.dispatchEvent(new Event('change'))");
            for (WebElement s : sections) {
                assertEquals(!s.getAttribute("id").equals(first), !s.isDisplayed(), s.getAttribute("id"));
            }
            browser.get(server.url("quality/index.html#" + sections.get(1).getAttribute("id")));
            assertTrue(browser.findElement(By.id(sections.get(1).getAttribute("id"))).isDisplayed());
            assertTrue(!browser.findElement(By.id(first)).isDisplayed());
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script error or CSP violation");
        } finally {
            browser.quit();
        }
    }

    /**
     * The README's screenshots, from the built sites, when asked for:
     * {@code mvn test -Dtest=LayoutTest#screenshots -Dscreenshots=docs/images}.
     */
    @Test
    void screenshots() throws Exception {
        String folder = System.getProperty("screenshots");
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "-Dscreenshots=<folder> writes the README's screenshots");
        Path out = Path.of(folder);
        Files.createDirectories(out);
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer site = new StaticServer(sites.get("default"));
                StaticServer twoYears = new StaticServer(sites.get("two-years"))) {
            String project = TestSites.pages(sites.get("default")).stream()
                    .filter(p -> p.contains("13028123P00016110004W")).findFirst().orElseThrow();
            String department = project.substring(0, project.lastIndexOf('/', project.lastIndexOf('/') - 1)) + "/index.html";
            shoot(browser, site.url(project), 1280, 1500, "", out.resolve("project-page.png"));
            shoot(browser, site.url(project), 375, 1100, "", out.resolve("phone.png"));
            shoot(browser, site.url(department), 375, 1300, "document.getElementById('part-2').scrollIntoView()",
                    out.resolve("phone-department.png"));
            shoot(browser, twoYears.url("2024/731001/compare.html"), 1000, 1500, "", out.resolve("compare-page.png"));
            shoot(browser, twoYears.url("2024/731001/compare.html"), 375, 1300,
                    "document.querySelector('#projects-title + details').open = true;"
                            + " document.getElementById('projects-title').scrollIntoView()", out.resolve("phone-compare.png"));
        } finally {
            browser.quit();
        }
    }

    /** A screenshot of {@code url} in a window of that size, after {@code script} (scrolls to a part, opens a fold). */
    private static void shoot(ChromeDriver browser, String url, int width, int height, String script, Path file)
            throws Exception {
        emulate(browser, width, height, 1);
        browser.get(url);
        js(browser, "document.documentElement.style.scrollbarWidth = 'none';" + script);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
