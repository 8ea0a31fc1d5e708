package org.gongkai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.incremental.SiteWatcher;
import org.gongkai.incremental.LiveBuild;

/**
 * {@code gongkai serve} running: builds the site in memory, serves it, and on each batch of file
 * changes updates it and tells open pages to reload. Says in Chinese what it did and how long it
 * took, measured from the first file event of the batch to the reload message.
 */
public final class Serve implements AutoCloseable {

    private final LiveBuild build;
    private final PreviewServer server;
    private final SiteWatcher watcher;
    private final PrintWriter out;
    private final String base;
    private final String host;

    private Serve(Path siteDir, String host, int port, String base, PrintWriter out) throws IOException {
        this.out = out;
        this.base = base;
        this.host = host;
        this.build = new LiveBuild(siteDir);
        long start = System.nanoTime();
        out.println("正在生成站点……");
        out.flush();
        LiveBuild.Outcome first = build.build();
        report(first, (System.nanoTime() - start) / 1_000_000, null);
        this.server = new PreviewServer(build, new InetSocketAddress(InetAddress.getByName(host), port), base);
        this.watcher = new SiteWatcher(build.siteDir(), SiteWatcher.QUIET_MILLIS, this::changed);
    }

    /**
     * Builds {@code siteDir} and serves it at {@code http://host:port<base>} ({@code port} 0: any
     * free one); {@code base} starts and ends with "/".
     */
    public static Serve start(Path siteDir, String host, int port, String base, PrintWriter out) throws IOException {
        return new Serve(siteDir, host, port, base, out);
    }

    /** The address of the site's home page. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + server.port() + base;
    }

    /** How many pages are listening for reloads now. */
    int listeners() {
        return server.events().listeners();
    }

    private void changed(Set<Path> files, long firstEvent) {
        LiveBuild.Outcome outcome;
        try {
            outcome = build.update(files);
        } catch (RuntimeException e) {
            out.println(time() + " 重新生成时出错：" + e);
            out.flush();
            return;
        }
        if (outcome == null) {
            return;
        }
        long ms = (System.nanoTime() - firstEvent) / 1_000_000;
        server.events().reload("{\"pages\":" + outcome.rendered() + ",\"whole\":" + outcome.whole()
                + ",\"errors\":" + outcome.errors().size() + ",\"ms\":" + ms + "}");
        report(outcome, ms, files);
    }

    private void report(LiveBuild.Outcome outcome, long ms, Set<Path> files) {
        String what = files == null ? "" : time() + " " + names(files) + "：";
        if (!outcome.errors().isEmpty()) {
            out.println(what + "站点有 " + outcome.errors().size() + " 处错误，浏览器中显示错误列表，改正后自动恢复：");
            outcome.errors().forEach(d -> out.println("  " + DiagnosticPrinter.line(d)));
        } else if (files == null) {
            out.println("已生成 " + outcome.rendered() + " 个页面，用时 " + ms + " 毫秒");
        } else {
            out.println(what + (outcome.whole() ? "全部重新生成，" : "重新生成 ") + outcome.rendered() + " 个页面，用时 " + ms + " 毫秒");
        }
        out.flush();
    }

    private String names(Set<Path> files) {
        return SiteWatcher.names(build.siteDir(), files);
    }

    private static String time() {
        return LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        build.close();
    }
}
