package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.site.Escape;

/**
 * The page served in place of every page while the inputs have errors: each error as
 * {@code file:line:column: message}, the form editors jump to. It loads only files of serve's
 * own (a stylesheet and the reload script), so the strict CSP holds, and the reload brings the
 * real page back once the files are fixed.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static byte[] of(List<Diagnostic> errors, String base) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>站点有错误 - gongkai serve</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(base).append(PreviewServer.OWN).append("overlay.css\">\n")
                .append("<script src=\"").append(base).append(PreviewServer.OWN).append("reload.js\"></script>\n")
                .append("</head>\n<body>\n<main class=\"gongkai-errors\" id=\"gongkai-errors\">\n")
                .append("<h1>站点有 ").append(errors.size()).append(" 处错误，未能生成页面</h1>\n")
                .append("<p>改正这些文件并保存后，本页自动刷新。</p>\n<ol>\n");
        for (Diagnostic d : errors) {
            html.append("<li><code>").append(Escape.html(DiagnosticPrinter.line(d))).append("</code></li>\n");
        }
        html.append("</ol>\n</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
