package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai serve} over real HTTP on a free port: the site under a sub-path, its content
 * types and CSP, a reload event after an edit, the error page while a file is broken and the page
 * again once it is fixed, a department folder copied in while serving.
 */
class ServeTest {

    static final String PROJECT = "content/2023/731001/projects/13028123P00015110004M.yaml";

    @TempDir
    Path dir;
    Path site;
    Serve serve;
    final StringWriter log = new StringWriter();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site);
        Files.copy(Sites.REPO.resolve("site.yaml"), site.resolve("site.yaml"));
        copy(Sites.REPO.resolve("content"), site.resolve("content"));
        serve = Serve.start(site, "127.0.0.1", 0, "/gongkai/", new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        String url = serve.url().replaceFirst("/gongkai/$", "") + path;
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void servesTheSiteUnderItsSubPathWithTypesAndThePolicy() throws Exception {
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/gongkai/", root.headers().firstValue("Location").orElseThrow());
        assertEquals("/gongkai/", get("/gongkai").headers().firstValue("Location").orElseThrow());

        HttpResponse<String> home = get("/gongkai/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", type(home));
        assertTrue(home.body().contains("<title>遵化市部门预算绩效目标公开</title>"), home.body());
        // serve's one addition to a page: its reload script, by address, in the head.
        assertTrue(home.body().contains("<script src=\"/gongkai/__gongkai/reload.js\"></script></head>"), home.body());
        assertEquals(200, get("/gongkai/2023/731001/").statusCode());
        assertEquals("/gongkai/2023/", get("/gongkai/2023").headers().firstValue("Location").orElseThrow());

        assertEquals("text/css; charset=utf-8", type(get("/gongkai/assets/style.css")));
        assertEquals("text/javascript; charset=utf-8", type(get("/gongkai/assets/gongkai.js")));
        assertEquals("image/svg+xml; charset=utf-8", type(get("/gongkai/assets/favicon.svg")));
        HttpResponse<String> meta = get("/gongkai/search/meta.js");
        assertEquals(200, meta.statusCode());
        assertEquals("text/javascript; charset=utf-8", type(meta));
        HttpResponse<String> script = get("/gongkai/__gongkai/reload.js");
        assertEquals("text/javascript; charset=utf-8", type(script));
        assertTrue(script.body().contains("EventSource"));

        HttpResponse<String> missing = get("/gongkai/2023/nope/index.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1>页面不存在</h1>"), missing.body());
        assertEquals(404, get("/elsewhere/index.html").statusCode());

        // The policy is the one README asks portals for, on every answer.
        String readme = Files.readString(Sites.REPO.resolve("README.md"));
        assertTrue(readme.contains("Content-Security-Policy: " + PreviewServer.CSP), "README documents the served policy");
        for (HttpResponse<String> r : new HttpResponse[] {home, meta, script, missing}) {
            assertEquals(PreviewServer.CSP, r.headers().firstValue("Content-Security-Policy").orElseThrow());
        }
    }

    @Test
    void anEditSendsAReloadAndTheNewPage() throws Exception {
        BlockingQueue<String> events = listen();
        Path file = site.resolve(PROJECT);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^name: .*$", "name: 改过的项目名称"));
        String reload = awaitReload(events);
        assertTrue(reload.contains("\"whole\":false"), reload);
        HttpResponse<String> page = get("/gongkai/2023/731001/13028123P00015110004M/index.html");
        assertTrue(page.body().contains("改过的项目名称"), "the page is rendered again before the reload is sent");
        assertTrue(get("/gongkai/2023/731001/").body().contains("改过的项目名称"), "and the department page listing it");
        assertTrue(log.toString().contains("重新生成"), log.toString());
    }

    @Test
    void aBrokenFileShowsItsErrorsUntilItIsFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Path file = site.resolve(PROJECT);
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("(?m)^name: ", "name: [未闭合\nname2: "));
        awaitReload(events);
        HttpResponse<String> page = get("/gongkai/2023/731001/");
        assertEquals(500, page.statusCode());
        assertEquals("text/html; charset=utf-8", type(page));
        assertTrue(page.body().contains("<code>" + PROJECT + ":"), page.body());
        assertTrue(page.body().contains("<script src=\"/gongkai/__gongkai/reload.js\"></script>"), page.body());
        assertTrue(get("/gongkai/__gongkai/overlay.css").statusCode() == 200);
        assertTrue(log.toString().contains(PROJECT + ":"), log.toString());

        Files.writeString(file, good);
        awaitReload(events);
        HttpResponse<String> fixed = get("/gongkai/2023/731001/");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("<main"), fixed.body());
    }

    @Test
    void aReplacedAttachmentIsServedAnew() throws Exception {
        BlockingQueue<String> events = listen();
        Files.createDirectories(site.resolve("attachments"));
        Files.writeString(site.resolve("attachments/说明.txt"), "初稿\n");
        Path department = site.resolve("content/2023/731001/department.yaml");
        Files.writeString(department, Files.readString(department) + "attachments:\n  - attachments/说明.txt\n");
        String path = "/gongkai/attachments/%E8%AF%B4%E6%98%8E.txt";
        for (int i = 0; i < 20 && get(path).statusCode() != 200; i++) {
            awaitReload(events);
        }
        assertEquals("初稿\n", get(path).body(), log.toString());
        // Only the attachment changes: the watcher sees attachments/, and its copy and size are made again.
        Files.writeString(site.resolve("attachments/说明.txt"), "定稿，内容更长\n");
        for (int i = 0; i < 20 && !get(path).body().startsWith("定稿"); i++) {
            awaitReload(events);
        }
        assertEquals("定稿，内容更长\n", get(path).body(), log.toString());
    }

    @Test
    void aDepartmentFolderCopiedInIsServed() throws Exception {
        BlockingQueue<String> events = listen();
        Path copy = dir.resolve("731999");
        copy(site.resolve("content/2023/731001"), copy);
        Path department = copy.resolve("department.yaml");
        Files.writeString(department, Files.readString(department).replaceFirst("(?m)^code: .*$", "code: \"731999\""));
        try (Stream<Path> projects = Files.list(copy.resolve("projects"))) {
            for (Path p : projects.toList()) {
                Files.writeString(p, Files.readString(p).replaceFirst("(?m)^code: (.*)$", "code: X$1"));
                Files.move(p, p.resolveSibling("X" + p.getFileName()));
            }
        }
        // Moved in whole, as a file manager does: the watcher must register the new folders it finds.
        Files.move(copy, site.resolve("content/2023/731999"));
        String path = "/gongkai/2023/731999/index.html";
        for (int i = 0; i < 20 && get(path).statusCode() != 200; i++) {
            awaitReload(events);
        }
        assertEquals(200, get(path).statusCode(), log.toString());
        // Files in the new folder are watched too.
        Path project;
        try (Stream<Path> projects = Files.list(site.resolve("content/2023/731999/projects"))) {
            project = projects.sorted().findFirst().orElseThrow();
        }
        Files.writeString(project, Files.readString(project).replaceFirst("(?m)^name: .*$", "name: 新部门里改过的项目"));
        awaitReload(events, e -> true);
        assertTrue(get(path).body().contains("新部门里改过的项目"), log.toString());
    }

    /** Opens the page's event stream and returns its lines as they come, once serve has it. */
    BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(serve.url() + "__gongkai/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> {
                    assertEquals("text/event-stream; charset=utf-8", type(r));
                    r.body().forEach(lines::add);
                });
        String first = lines.poll(30, TimeUnit.SECONDS);
        assertEquals("retry: 1000", first, "the stream opens");
        return lines;
    }

    static String awaitReload(BlockingQueue<String> lines) throws InterruptedException {
        return awaitReload(lines, e -> true);
    }

    /** The data of the next reload event; fails after a minute (no timing is asserted, only that it comes). */
    static String awaitReload(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean reload = false;
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event: reload")) {
                reload = true;
            } else if (reload && line.startsWith("data: ") && wanted.test(line)) {
                return line.substring(6);
            }
        }
        fail("no reload event");
        return null;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
