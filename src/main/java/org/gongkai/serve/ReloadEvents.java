package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream open pages listen to: one {@code reload} event after each rebuild.
 * Each open page holds one request (and one server thread) until it goes away; a comment every
 * 15 seconds finds pages that closed without saying so.
 */
final class ReloadEvents {

    private static final String STOP = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 1000\n\n");
            while (!closed) {
                String message = queue.poll(15, TimeUnit.SECONDS);
                if (message == STOP) {
                    break;
                }
                send(out, message != null ? message : ": ping\n\n");
            }
        } catch (IOException e) {
            // The page went away.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Tells every open page to reload; {@code data} is one line (what the rebuild did, for tools). */
    void reload(String data) {
        String message = "event: reload\ndata: " + data + "\n\n";
        clients.forEach(q -> q.add(message));
    }

    int listeners() {
        return clients.size();
    }

    void close() {
        closed = true;
        clients.forEach(q -> q.add(STOP));
    }
}
