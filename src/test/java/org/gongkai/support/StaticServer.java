package org.gongkai.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under a deep sub-path, as a government portal would
 * (e.g. http://127.0.0.1:PORT/portal/xxgk/ysjx/), so tests prove the site works below any path.
 */
public final class StaticServer implements AutoCloseable {

    public static final String SUB_PATH = "/portal/xxgk/ysjx/";
    /** The strict policy README documents for portals; every browser test runs under it. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png");

    private final HttpServer server;

    public StaticServer(Path root) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(SUB_PATH, exchange -> {
            String rel = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = root.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            byte[] body;
            int status = 200;
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            } else {
                status = 404;
                body = "not found".getBytes();
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The address of a page of the site, e.g. url("2023/index.html"). */
    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH + page;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
