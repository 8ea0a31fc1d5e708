package org.gongkai.links;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of a {@code srcset} value ("a.png 1x, b.png 2x"), split as the HTML standard's
 * algorithm splits it: a URL runs to the next white space, and commas at its end separate
 * candidates; a descriptor runs to the next comma outside parentheses.
 */
final class Srcset {

    private Srcset() {
    }

    static List<String> urls(String value) {
        List<String> urls = new ArrayList<>();
        int n = value.length();
        int i = 0;
        while (true) {
            while (i < n && (isSpace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return urls;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            int end = i;
            boolean trailingComma = false;
            while (end > start && value.charAt(end - 1) == ',') {
                end--;
                trailingComma = true;
            }
            urls.add(value.substring(start, end));
            if (!trailingComma) {
                int depth = 0;
                while (i < n && (depth > 0 || value.charAt(i) != ',')) {
                    char c = value.charAt(i);
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                    i++;
                }
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }
}
