package org.gongkai.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Locale;

/**
 * Which targets a link in the prose may have: a relative address inside the site, or an
 * {@code http}, {@code https}, {@code mailto} or {@code tel} address. The target is read as the
 * browser will read it: backslash escapes and character references decoded ({@code &#106;avascript:}
 * is {@code javascript:}), tabs and line breaks removed, leading and trailing control characters
 * and spaces dropped. Anything else — another scheme, a "//host" address, a backslash, a colon
 * before the first "/" — is refused rather than guessed at.
 */
public final class LinkTargets {

    private static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

    private LinkTargets() {
    }

    /** True when {@code target}, as written in Markdown, may be a link. */
    public static boolean allowed(String target) {
        String url = asBrowserReads(Escaping.unescapeString(target));
        int colon = url.indexOf(':');
        int end = firstOf(url, "/?#");
        if (colon >= 0 && (end < 0 || colon < end)) {
            return SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
        }
        return !url.startsWith("//") && url.indexOf('\\') < 0;
    }

    static String asBrowserReads(String url) {
        StringBuilder s = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                s.append(c);
            }
        }
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
