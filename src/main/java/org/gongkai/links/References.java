package org.gongkai.links;

import org.jsoup.nodes.Entities;

/**
 * Character references in an attribute value, decoded as a browser does for the forms a page
 * can hold a link with: numeric ones ({@code &#106;}, {@code &#x6A;}, the semicolon optional) and
 * every named one of HTML ({@code &amp;}, {@code &ap;}…). A name HTML does not know stays as written.
 */
final class References {

    /** U+0080–U+009F as windows-1252 reads them; a space where it has no character. */
    private static final String WINDOWS_1252 = "\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d "
            + " \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178";

    private References() {
    }

    static String decode(String value) {
        int amp = value.indexOf('&');
        if (amp < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (amp >= 0) {
            out.append(value, i, amp);
            i = amp + 1;
            if (i < value.length() && value.charAt(i) == '#') {
                i = numeric(value, i + 1, out, amp);
            } else {
                i = named(value, i, out);
            }
            amp = value.indexOf('&', i);
        }
        return out.append(value, i, value.length()).toString();
    }

    /** From after "&#": the character, or the text as written when no digit follows. */
    private static int numeric(String value, int from, StringBuilder out, int amp) {
        boolean hex = from < value.length() && (value.charAt(from) == 'x' || value.charAt(from) == 'X');
        int start = hex ? from + 1 : from;
        int end = start;
        long code = 0;
        while (end < value.length() && Character.digit(value.charAt(end), hex ? 16 : 10) >= 0
                && value.charAt(end) < 128) {
            code = Math.min(code * (hex ? 16 : 10) + Character.digit(value.charAt(end), hex ? 16 : 10), 0x110000);
            end++;
        }
        if (end == start) {
            out.append(value, amp, start);
            return start;
        }
        boolean valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        if (code >= 0x80 && code <= 0x9f) {
            // As the standard says: these numbers mean their windows-1252 characters.
            char c = WINDOWS_1252.charAt((int) code - 0x80);
            out.append(c == ' ' ? (char) code : c);
        } else {
            out.appendCodePoint(valid ? (int) code : 0xfffd);
        }
        return end < value.length() && value.charAt(end) == ';' ? end + 1 : end;
    }

    /**
     * From after "&": a name of letters then digits, decoded when it is one of HTML's named
     * references, with its semicolon or, for the legacy ones ({@code &amp}, {@code &copy}…),
     * without it when neither a letter, a digit nor "=" follows — as browsers read attribute
     * values. jsoup's own table of names is used, so the two cannot disagree on a name.
     */
    private static int named(String value, int from, StringBuilder out) {
        int end = from;
        while (end < value.length() && isAsciiLetter(value.charAt(end))) {
            end++;
        }
        while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
            end++;
        }
        String name = value.substring(from, end);
        boolean semicolon = end < value.length() && value.charAt(end) == ';';
        if (!name.isEmpty() && (Entities.isBaseNamedEntity(name) || semicolon && Entities.isNamedEntity(name))) {
            char next = end < value.length() ? value.charAt(end) : ';';
            if (!isAsciiAlphanumeric(next) && next != '=') {
                out.append(Entities.getByName(name));
                return semicolon ? end + 1 : end;
            }
        }
        out.append('&');
        return from;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
