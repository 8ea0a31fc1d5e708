package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gongkai.incremental.LiveBuild;
import org.gongkai.render.NotFoundPage;

/**
 * Serves a {@link LiveBuild} over HTTP under a sub-path ({@code /gongkai/}, as a portal would),
 * with the strict Content-Security-Policy README asks portals for, every page as the build
 * writes it plus one {@code <script src>} of serve's own reload script. A missing page gets the
 * site's 404 page; while the inputs have errors, every page is the {@link ErrorPage}.
 * Serve's own files live under {@code <base>__gongkai/}, a name no site file can have.
 */
final class PreviewServer implements AutoCloseable {

    /** The policy README documents for portals, sent with every response. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'self'";
    /** Serve's own files, under the base: the reload script, the event stream, the error page's style. */
    static final String OWN = "__gongkai/";
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    private final LiveBuild build;
    private final String base;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ReloadEvents events = new ReloadEvents();
    private final byte[] script;
    private final Map<String, byte[]> own;

    PreviewServer(LiveBuild build, InetSocketAddress address, String base) throws IOException {
        this.build = build;
        this.base = base;
        this.script = ("<script src=\"" + base + OWN + "reload.js\"></script>").getBytes(StandardCharsets.UTF_8);
        this.own = Map.of("reload.js", resource("reload.js"), "overlay.css", resource("overlay.css"));
        this.server = HttpServer.create(address, 0);
        // Each open page holds a thread for its event stream.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gongkai-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (IOException | RuntimeException e) {
                // The browser went away mid-answer; nothing to tell it.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    ReloadEvents events() {
        return events;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "只支持 GET 与 HEAD\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) {
                redirect(exchange, base);
            } else {
                notFound(exchange);
            }
            return;
        }
        String rel = path.substring(base.length());
        if (rel.startsWith(OWN)) {
            String name = rel.substring(OWN.length());
            if (name.equals("events")) {
                events.handle(exchange);
            } else if (own.containsKey(name)) {
                send(exchange, 200, ContentTypes.of(name), own.get(name));
            } else {
                notFound(exchange);
            }
            return;
        }
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel += "index.html";
        }
        LiveBuild.View view = build.view();
        if (!view.errors().isEmpty() && ContentTypes.isHtml(rel)) {
            send(exchange, 500, ContentTypes.of(rel), ErrorPage.of(view.errors(), base));
            return;
        }
        byte[] body = view.pages().get(rel);
        if (body == null && org.gongkai.incremental.Dependencies.madeLater(rel)) {
            body = searchFile(view, rel);
        }
        if (body == null && view.pages().containsKey(rel + "/index.html")) {
            redirect(exchange, path + "/");
            return;
        }
        if (body == null) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, ContentTypes.of(rel), ContentTypes.isHtml(rel) ? inject(body) : body);
    }

    /** A file of the search index or the bulk data, which are made after the pages: waits for them. */
    private static byte[] searchFile(LiveBuild.View view, String rel) {
        try {
            return view.search().get(60, TimeUnit.SECONDS).get(rel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        LiveBuild.View view = build.view();
        byte[] page = view.errors().isEmpty() ? view.pages().get(NotFoundPage.PATH) : ErrorPage.of(view.errors(), base);
        if (page == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "找不到该页面\n".getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 404, "text/html; charset=utf-8", inject(page));
        }
    }

    private void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The page with serve's reload script at the end of its head (or of the page, when it has none). */
    private byte[] inject(byte[] page) {
        int at = indexOf(page, HEAD_END);
        if (at < 0) {
            at = page.length;
        }
        byte[] out = new byte[page.length + script.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(script, 0, out, at, script.length);
        System.arraycopy(page, at, out, at + script.length, page.length - at);
        return out;
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/gongkai/serve/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
