package org.gongkai.site;

import java.nio.charset.StandardCharsets;

/**
 * A file path as a URL path: letters of any script, digits and the punctuation a path may hold stay
 * as they are (links elsewhere keep Chinese as written); spaces, {@code % # ?}, quotes, brackets and
 * control characters are percent-escaped, so a file named by a person ("2024 预算 (定稿).docx")
 * still makes a valid link.
 */
public final class UrlPath {

    private static final String KEPT = "-._~/!$&'()*+,;=:@";

    private UrlPath() {
    }

    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        path.codePoints().forEach(c -> {
            boolean ascii = c < 0x80;
            boolean kept = ascii ? Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0
                    : !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c);
            if (kept) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
        });
        return out.toString();
    }
}
