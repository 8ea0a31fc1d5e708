package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The templates' autoescaping, as Pebble's own "html" strategy escapes (unbescape's
 * {@code HtmlEscape.escapeHtml4Xml}): {@code & < > "} as named references and {@code '} as
 * {@code &#39;}, every other character as it is. Unbescape builds its tables of every HTML 4 and
 * HTML 5 character reference the first time it escapes: 45–70 ms, in one thread, while the other
 * render threads wait for that class to be initialized. A text with nothing to escape, most of
 * them, is returned as it is. {@code HtmlEscaperTest} holds it to unbescape.
 */
final class HtmlEscaper implements EscapingStrategy {

    @Override
    public String escape(String input) {
        if (input == null) {
            return null;
        }
        int n = input.length();
        int i = 0;
        while (i < n && !escaped(input.charAt(i))) {
            i++;
        }
        if (i == n) {
            return input;
        }
        StringBuilder out = new StringBuilder(n + 16).append(input, 0, i);
        for (; i < n; i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean escaped(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
