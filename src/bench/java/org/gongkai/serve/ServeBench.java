package org.gongkai.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A single-file rebuild under {@code serve}: starts serve on a site, listens to the reload events
 * as a page does, then edits one project file N times. For each edit it takes the time serve
 * reports from the first file event to the reload message, and the time from the write to the
 * message arriving here (the watcher's latency on top). The first edits warm the JIT and are not
 * counted. Between edits it waits for the search index of the last one (a request for a search
 * file waits for it), so each edit finds the machine quiet. bench/serve.sh runs it.
 *
 * <pre>java -cp target/gongkai.jar:target/test-classes org.gongkai.serve.ServeBench SITE_DIR [EDITS] [WARM-UP] [target|name]</pre>
 */
public final class ServeBench {

    private static final Pattern MS = Pattern.compile("\"ms\":(\\d+)");
    private static final Pattern PAGES = Pattern.compile("\"pages\":(\\d+)");

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        // "target": an indicator's target, the common edit, read by the project page alone;
        // "name": the project's name, which every page listing projects shows.
        boolean names = args.length > 3 && args[3].equals("name");
        Path file;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            file = walk.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getFileName().toString().equals("projects"))
                    .sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(file, StandardCharsets.UTF_8);
        PrintWriter log = new PrintWriter(System.out, true);
        long start = System.nanoTime();
        try (Serve serve = Serve.start(site, "127.0.0.1", 0, "/", new PrintWriter(System.err, true))) {
            System.out.printf("first build: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            HttpClient client = HttpClient.newHttpClient();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            client.sendAsync(HttpRequest.newBuilder(URI.create(serve.url() + "__gongkai/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
            if (!"retry: 1000".equals(lines.poll(30, TimeUnit.SECONDS))) {
                throw new IllegalStateException("no event stream");
            }
            HttpRequest searchFile = HttpRequest.newBuilder(URI.create(serve.url() + "search/meta.js")).build();
            List<Long> served = new ArrayList<>();
            List<Long> seen = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i < warmUp + edits; i++) {
                String text = names
                        ? original.replaceFirst("(?m)^name: (.*)$", "name: 第" + i + "次修改的项目")
                        : original.replaceFirst("(?m)^    target: .*$", "    target: \"≥" + (100 + i) + "人次\"");
                long wrote = System.nanoTime();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                String data = reload(lines);
                long arrived = System.nanoTime();
                client.send(searchFile, HttpResponse.BodyHandlers.discarding()); // the index of this edit is made
                Thread.sleep(200);
                if (i >= warmUp) {
                    served.add(number(MS, data));
                    seen.add((arrived - wrote) / 1_000_000);
                    pages = (int) number(PAGES, data);
                }
            }
            log.printf("edits of a project's %s: %d (after %d to warm up), pages re-rendered per edit: %d%n",
                    names ? "name" : "indicator target", edits, warmUp, pages);
            log.printf("file event → reload message: median %d ms, p90 %d ms, max %d ms%n",
                    percentile(served, 50), percentile(served, 90), percentile(served, 100));
            log.printf("file write → message received: median %d ms, p90 %d ms, max %d ms%n",
                    percentile(seen, 50), percentile(seen, 90), percentile(seen, 100));
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
    }

    private static String reload(BlockingQueue<String> lines) throws InterruptedException {
        boolean reload = false;
        while (true) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("no reload event");
            }
            if (line.equals("event: reload")) {
                reload = true;
            } else if (reload && line.startsWith("data: ")) {
                if (!line.contains("\"errors\":0")) {
                    throw new IllegalStateException("the edit made an error: " + line);
                }
                return line;
            }
        }
    }

    private static long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
