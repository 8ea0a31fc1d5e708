package org.gongkai.serve;

import java.util.Map;

/** The Content-Type of a site file by its extension; text is always UTF-8, as the build writes it. */
final class ContentTypes {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        String ext = dot > slash ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(String path) {
        return path.endsWith(".html");
    }
}
