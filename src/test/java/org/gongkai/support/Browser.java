package org.gongkai.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;

/**
 * Headless Chromium from the system packages (Debian chromium, chromium-driver), never a
 * downloaded browser. Outside CI, tests that need it are skipped with a message when it is
 * missing; in CI (CI=true) a missing browser is a failure, so browser tests cannot silently vanish.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Skips (or, in CI, fails) the calling test when the browser is not installed. */
    public static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "需要 Chromium 与 chromedriver（" + CHROMIUM + "，" + CHROMEDRIVER
                + "）：apt-get install chromium chromium-driver fonts-noto-cjk";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI 中浏览器测试必须运行，" + message);
        }
        Assumptions.abort("跳过浏览器测试，" + message);
    }

    /** Polls {@code condition} until it holds, for at most {@code seconds}; fails the test otherwise. */
    public static void waitFor(java.util.function.BooleanSupplier condition, int seconds, String what) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is still loading
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Assertions.fail("等待超时：" + what);
    }

    /** Messages the page logged to the console since the last call (CSP violations, script errors). */
    public static java.util.List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(e -> e.getMessage()).toList();
    }

    /** A fresh headless browser with its own profile and no background network traffic. */
    public static ChromeDriver start(int width, int height) {
        require();
        try {
            Path profile = Files.createTempDirectory("gongkai-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--lang=zh-CN");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
