package org.gongkai.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attributes of a page's tags, read as a browser's tokenizer reads them: values in double
 * quotes, single quotes or none, attributes apart by any white space or a {@code /}, and nothing
 * from comments, {@code <!...>} and {@code <?...>} declarations, end tags, or the text of
 * {@code script}, {@code style}, {@code title}, {@code textarea} and the other raw-text elements
 * (outside svg and math, where those names are ordinary markup).
 * Tag and attribute names are lower-cased; of an attribute written twice the first counts.
 *
 * <p>The page is read as bytes, markup being ASCII; values are cut from them as UTF-8 text and
 * their character references decoded as a browser decodes them (numeric and named).
 * Other named references stay as written (our pages never write them; a link holding one is then
 * reported, not guessed). {@code HtmlAttributesTest} holds the scanner to jsoup's parse.
 */
final class HtmlAttributes {

    /** One attribute of a start tag: the tag's name, the attribute's name, its decoded value. */
    record Attribute(String tag, String name, String value) {
    }

    /** Elements whose content is text up to their end tag, never markup. */
    private static final String[] RAW_TEXT = {"script", "style", "xmp", "iframe", "noembed", "noframes",
            "title", "textarea"};

    /** After this tag everything is text. */
    private static final String[] PLAINTEXT = {"plaintext"};
    /** Elements of other namespaces: inside them no element is raw text (an SVG title is markup). */
    private static final String[] FOREIGN = {"svg", "math"};
    /** Elements inside foreign content whose content is HTML again (the standard's integration points). */
    private static final String[] INTEGRATION = {"title", "desc", "foreignobject", "mi", "mo", "mn", "ms", "mtext"};
    /** HTML start tags that end foreign content, as the HTML standard's tree builder does. */
    private static final String[] BREAKOUT = {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div",
        "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
        "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup",
        "table", "tt", "u", "ul", "var"};

    /** The page's bytes: markup is ASCII, so it is read a byte at a time, as Latin-1. */
    private final byte[] text;
    private final String[] wanted;
    private final List<Attribute> found = new ArrayList<>();
    private int i;
    /** The name of the tag being read, as a range of the text: made a string only when needed. */
    private int tagStart;
    /** How many svg or math elements the scan is inside. */
    private int foreign;
    /** How many integration points (an svg title, desc…) inside foreign content the scan is inside. */
    private int integration;
    private int tagEnd;

    private HtmlAttributes(byte[] text, Set<String> wanted) {
        this.text = text;
        this.wanted = wanted.toArray(String[]::new);
    }

    /** The attributes named in {@code wanted} (lower case) of every start tag of the page {@code html}, in page order. */
    static List<Attribute> of(byte[] html, Set<String> wanted) {
        HtmlAttributes scanner = new HtmlAttributes(html, wanted);
        scanner.scan();
        return scanner.found;
    }

    private void scan() {
        int n = text.length;
        while ((i = indexOf('<', i)) >= 0 && i + 1 < n) {
            char c = at(i + 1);
            if (isAsciiLetter(c)) {
                i++;
                tagName();
                if (!attributes(true)) {
                    return;
                }
                boolean selfClosing = at(i - 2) == '/';
                if (tagIs(FOREIGN) != null) {
                    foreign += selfClosing ? 0 : 1;
                    continue;
                }
                if (foreign > 0 && integration == 0) {
                    if (tagIs(INTEGRATION) != null) {
                        integration += selfClosing ? 0 : 1;
                        continue;
                    }
                    if (tagIs(BREAKOUT) == null) {
                        continue;
                    }
                    foreign = 0;
                }
                String raw = tagIs(RAW_TEXT);
                if (raw != null) {
                    skipRawText(raw);
                } else if (tagIs(PLAINTEXT) != null) {
                    return;
                }
            } else if (c == '/') {
                i += 2;
                if (i < n && isAsciiLetter(at(i))) {
                    tagName();
                    if (!attributes(false)) {
                        return;
                    }
                    if (foreign > 0 && integration > 0 && tagIs(INTEGRATION) != null) {
                        integration--;
                    } else if (foreign > 0 && tagIs(FOREIGN) != null) {
                        foreign--;
                    }
                } else if (i < n && at(i) == '>') {
                    i++;
                } else {
                    skipPast(">");
                }
            } else if (c == '!') {
                if (startsWith("<!--", i)) {
                    comment();
                } else {
                    i += 2;
                    skipPast(">");
                }
            } else if (c == '?') {
                i += 2;
                skipPast(">");
            } else {
                i++;
            }
        }
    }

    private void tagName() {
        tagStart = i;
        while (i < text.length && !isSpace(at(i)) && at(i) != '/' && at(i) != '>') {
            i++;
        }
        tagEnd = i;
    }

    /** The one of {@code names} (lower case) the current tag has, whatever its case, or null. */
    private String tagIs(String[] names) {
        return oneOf(names, tagStart, tagEnd);
    }

    private String oneOf(String[] names, int start, int end) {
        for (String name : names) {
            if (name.length() == end - start && regionMatches(start, name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The attributes up to the tag's {@code >}, those wanted added to {@code found} for a start
     * tag; false when the page ends first (a browser drops such a tag, and reads nothing after).
     */
    private boolean attributes(boolean start) {
        int n = text.length;
        int first = found.size();
        while (true) {
            while (i < n && (isSpace(at(i)) || at(i) == '/')) {
                i++;
            }
            if (i >= n) {
                return dropTag(first);
            }
            if (at(i) == '>') {
                i++;
                return true;
            }
            int nameStart = i++;
            while (i < n && !isSpace(at(i)) && at(i) != '/' && at(i) != '>'
                    && at(i) != '=') {
                i++;
            }
            String name = start ? oneOf(wanted, nameStart, i) : null;
            while (i < n && isSpace(at(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < n && at(i) == '=') {
                i++;
                while (i < n && isSpace(at(i))) {
                    i++;
                }
                if (i >= n) {
                    return dropTag(first);
                }
                char quote = at(i);
                if (quote == '"' || quote == '\'') {
                    int end = indexOf(quote, i + 1);
                    if (end < 0) {
                        return dropTag(first);
                    }
                    valueStart = i + 1;
                    valueEnd = end;
                    i = end + 1;
                } else {
                    valueStart = i;
                    while (i < n && !isSpace(at(i)) && at(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (name != null && !seen(name, first)) {
                String tag = lower(utf8(tagStart, tagEnd));
                found.add(new Attribute(tag, name, References.decode(utf8(valueStart, valueEnd))));
            }
        }
    }

    /** Whether the tag being read already had {@code name}: only the first of a name counts. */
    private boolean seen(String name, int first) {
        for (int k = first; k < found.size(); k++) {
            if (found.get(k).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean dropTag(int first) {
        found.subList(first, found.size()).clear();
        i = text.length;
        return false;
    }

    /** From {@code <!--}: a comment ends at {@code -->} or {@code --!>}; {@code <!-->} and {@code <!--->} are empty ones. */
    private void comment() {
        i += 4;
        if (startsWith(">", i)) {
            i += 1;
            return;
        }
        if (startsWith("->", i)) {
            i += 2;
            return;
        }
        int end = indexOf("--", i);
        while (end >= 0) {
            if (startsWith("-->", end)) {
                i = end + 3;
                return;
            }
            if (startsWith("--!>", end)) {
                i = end + 4;
                return;
            }
            end = indexOf("--", end + 1);
        }
        i = text.length;
    }

    /** Past the end tag of a raw-text element: {@code </name} followed by a space, / or >. */
    private void skipRawText(String tag) {
        int n = text.length;
        while ((i = indexOf("</", i)) >= 0) {
            int after = i + 2 + tag.length();
            if (after <= n && regionMatches(i + 2, tag)
                    && (after == n || isSpace(at(after)) || at(after) == '/' || at(after) == '>')) {
                return;
            }
            i += 2;
        }
        i = n;
    }

    private void skipPast(String end) {
        int at = indexOf(end, i);
        i = at < 0 ? text.length : at + end.length();
    }

    private char at(int k) {
        return (char) (text[k] & 0xFF);
    }

    private int indexOf(char c, int from) {
        for (int k = Math.max(from, 0); k < text.length; k++) {
            if (text[k] == (byte) c) {
                return k;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        for (int k = Math.max(from, 0); k <= text.length - s.length(); k++) {
            if (startsWith(s, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the ASCII text {@code s} is written at {@code at}. */
    private boolean startsWith(String s, int at) {
        if (at < 0 || at + s.length() > text.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lower-case ASCII {@code name} is written at {@code at}, in either case. */
    private boolean regionMatches(int at, String name) {
        if (at + name.length() > text.length) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            int b = text[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 32;
            }
            if (b != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes from {@code start} to {@code end} as the UTF-8 text they are. */
    private String utf8(int start, int end) {
        return new String(text, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** ASCII letters only, as a browser does: other bytes are parts of UTF-8 characters here. */
    private static String lower(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 'A' && s.charAt(k) <= 'Z') {
                char[] chars = s.toCharArray();
                for (int m = k; m < chars.length; m++) {
                    if (chars[m] >= 'A' && chars[m] <= 'Z') {
                        chars[m] += 32;
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }
}
