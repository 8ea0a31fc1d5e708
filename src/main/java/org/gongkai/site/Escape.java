package org.gongkai.site;

/**
 * Text escaped for the markup written without a template (Pebble escapes the rest): the charts'
 * SVG, the preview's error page, sitemap.xml and feed.xml. One loop, so the three cannot drift.
 */
public final class Escape {

    private Escape() {
    }

    /** For HTML and SVG text and double-quoted attributes: {@code & < > "}. */
    public static String html(String text) {
        return escape(text, false);
    }

    /** For XML files: {@code & < > " '}, the apostrophe as {@code &apos;}. */
    public static String xml(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean apostrophe) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe ? "&apos;" : "'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
