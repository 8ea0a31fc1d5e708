package org.gongkai.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader on a phone, a reader at 200% zoom, a reader using the 适老化 mode and a reader
 * printing the 绩效目标表 gets — in headless Chromium, under the strict Content-Security-Policy.
 */
class LayoutIT {

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
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-pressed"));
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
}
