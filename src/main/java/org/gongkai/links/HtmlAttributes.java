package org.gongkai.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The link stage reads every byte of a large site here, in the launchers' C1-compiled code,
 * which keeps a field in memory and checks an array's bounds on every access: the loops work on
 * locals, and a tag or attribute name is looked up once, by a hash made while it is read, rather
 * than compared with each name of each list (the scan was 9% of a 10,000-project build).
 */
final class HtmlAttributes {

    /** One attribute of a start tag: the tag's name, the attribute's name, its decoded value. */
    record Attribute(String tag, String name, String value) {
    }

    /** Elements whose content is text up to their end tag, never markup. */
    private static final int RAW_TEXT = 1;
    /** After this tag everything is text. */
    private static final int PLAINTEXT = 2;
    /** Elements of other namespaces: inside them no element is raw text (an SVG title is markup). */
    private static final int FOREIGN = 4;
    /** Elements inside foreign content whose content is HTML again (the standard's integration points). */
    private static final int INTEGRATION = 8;
    /** HTML start tags that end foreign content, as the HTML standard's tree builder does. */
    private static final int BREAKOUT = 16;

    /** The tags the scan tells apart, with what they are; the common ones of a page too, so their names are not made again. */
    private static final Names TAGS = new Names(tags());

    private static Map<String, Integer> tags() {
        Map<String, Integer> kinds = new HashMap<>();
        for (String name : List.of("script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea")) {
            kinds.merge(name, RAW_TEXT, (a, b) -> a | b);
        }
        kinds.merge("plaintext", PLAINTEXT, (a, b) -> a | b);
        for (String name : List.of("svg", "math")) {
            kinds.merge(name, FOREIGN, (a, b) -> a | b);
        }
        for (String name : List.of("title", "desc", "foreignobject", "mi", "mo", "mn", "ms", "mtext")) {
            kinds.merge(name, INTEGRATION, (a, b) -> a | b);
        }
        for (String name : List.of("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
                "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu",
                "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup",
                "table", "tt", "u", "ul", "var")) {
            kinds.merge(name, BREAKOUT, (a, b) -> a | b);
        }
        for (String name : List.of("a", "area", "link", "source", "use", "image", "html", "main", "nav", "header",
                "footer", "section", "article", "aside", "form", "input", "button", "label", "select", "option",
                "details", "summary", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                "figure", "figcaption", "abbr", "time", "path", "symbol", "g", "noscript", "template", "dialog")) {
            kinds.merge(name, 0, (a, b) -> a | b);
        }
        return kinds;
    }

    /** The page's bytes: markup is ASCII, so it is read a byte at a time, as Latin-1. */
    private final byte[] text;
    private final Names wanted;
    private final List<Attribute> found = new ArrayList<>(64);
    /** The tag being read: its name as a range of the text, the name once made, its slot in {@link #TAGS} or -1. */
    private int tagStart;
    private int tagEnd;
    private String tagName;
    private int tagSlot;
    /** How many svg or math elements the scan is inside. */
    private int foreign;
    /** How many integration points (an svg title, desc…) inside foreign content the scan is inside. */
    private int integration;

    private HtmlAttributes(byte[] text, Names wanted) {
        this.text = text;
        this.wanted = wanted;
    }

    /** Names to look for, for {@link #of}: made once, as the set of a check is the same for every page. */
    static Names names(Set<String> wanted) {
        Map<String, Integer> names = new HashMap<>();
        wanted.forEach(name -> names.put(name, 0));
        return new Names(names);
    }

    /** The attributes named in {@code wanted} ({@link #names}) of every start tag of the page {@code html}, in page order. */
    static List<Attribute> of(byte[] html, Names wanted) {
        HtmlAttributes scanner = new HtmlAttributes(html, wanted);
        scanner.scan();
        return scanner.found;
    }

    private void scan() {
        byte[] t = text;
        int n = t.length;
        int i = 0;
        while ((i = indexOf(t, '<', i)) >= 0 && i + 1 < n) {
            int c = t[i + 1];
            if (isAsciiLetter(c)) {
                i = readTagName(i + 1);
                i = attributes(i, true);
                if (i < 0) {
                    return;
                }
                boolean selfClosing = t[i - 2] == '/';
                int kind = tagSlot < 0 ? 0 : TAGS.flags[tagSlot];
                if ((kind & FOREIGN) != 0) {
                    foreign += selfClosing ? 0 : 1;
                    continue;
                }
                if (foreign > 0 && integration == 0) {
                    if ((kind & INTEGRATION) != 0) {
                        integration += selfClosing ? 0 : 1;
                        continue;
                    }
                    if ((kind & BREAKOUT) == 0) {
                        continue;
                    }
                    foreign = 0;
                }
                if ((kind & RAW_TEXT) != 0) {
                    i = skipRawText(t, i, TAGS.names[tagSlot]);
                } else if ((kind & PLAINTEXT) != 0) {
                    return;
                }
            } else if (c == '/') {
                i += 2;
                if (i < n && isAsciiLetter(t[i])) {
                    i = readTagName(i);
                    i = attributes(i, false);
                    if (i < 0) {
                        return;
                    }
                    int kind = tagSlot < 0 ? 0 : TAGS.flags[tagSlot];
                    if (foreign > 0 && integration > 0 && (kind & INTEGRATION) != 0) {
                        integration--;
                    } else if (foreign > 0 && (kind & FOREIGN) != 0) {
                        foreign--;
                    }
                } else if (i < n && t[i] == '>') {
                    i++;
                } else {
                    i = skipPast(t, i, '>');
                }
            } else if (c == '!') {
                if (startsWith(t, "<!--", i)) {
                    i = comment(t, i + 4);
                } else {
                    i = skipPast(t, i + 2, '>');
                }
            } else if (c == '?') {
                i = skipPast(t, i + 2, '>');
            } else {
                i++;
            }
        }
    }

    /** Reads the tag name from {@code i}, looks it up in {@link #TAGS}, and returns where it ends. */
    private int readTagName(int i) {
        byte[] t = text;
        int n = t.length;
        int start = i;
        int h = 0;
        while (i < n) {
            int b = t[i];
            if (b == '/' || b == '>' || isSpace(b)) {
                break;
            }
            h = 31 * h + lower(b);
            i++;
        }
        tagStart = start;
        tagEnd = i;
        tagSlot = TAGS.find(t, start, i, h);
        tagName = null;
        return i;
    }

    /** The tag's name, lower case: the one copy of a known tag's, otherwise made once for the tag. */
    private String tagName() {
        if (tagName == null) {
            tagName = tagSlot >= 0 ? TAGS.names[tagSlot] : lowerCase(utf8(tagStart, tagEnd));
        }
        return tagName;
    }

    /**
     * The attributes from {@code i} up to the tag's {@code >}, those wanted added to {@code found}
     * for a start tag; returns where the tag ends, or -1 when the page ends first (a browser drops
     * such a tag, and reads nothing after).
     */
    private int attributes(int i, boolean start) {
        byte[] t = text;
        int n = t.length;
        int first = found.size();
        while (true) {
            while (i < n && (isSpace(t[i]) || t[i] == '/')) {
                i++;
            }
            if (i >= n) {
                return dropTag(first);
            }
            if (t[i] == '>') {
                return i + 1;
            }
            int nameStart = i;
            int h = lower(t[i++]);
            while (i < n) {
                int b = t[i];
                if (b == '/' || b == '>' || b == '=' || isSpace(b)) {
                    break;
                }
                h = 31 * h + lower(b);
                i++;
            }
            int slot = start ? wanted.find(t, nameStart, i, h) : -1;
            while (i < n && isSpace(t[i])) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < n && t[i] == '=') {
                i++;
                while (i < n && isSpace(t[i])) {
                    i++;
                }
                if (i >= n) {
                    return dropTag(first);
                }
                byte quote = t[i];
                if (quote == '"' || quote == '\'') {
                    int end = indexOf(t, quote, i + 1);
                    if (end < 0) {
                        return dropTag(first);
                    }
                    valueStart = i + 1;
                    valueEnd = end;
                    i = end + 1;
                } else {
                    valueStart = i;
                    while (i < n && t[i] != '>' && !isSpace(t[i])) {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (slot >= 0 && !seen(wanted.names[slot], first)) {
                found.add(new Attribute(tagName(), wanted.names[slot], References.decode(utf8(valueStart, valueEnd))));
            }
        }
    }

    /** Whether the tag being read already had {@code name}: only the first of a name counts. */
    private boolean seen(String name, int first) {
        for (int k = first; k < found.size(); k++) {
            if (found.get(k).name() == name) {
                return true;
            }
        }
        return false;
    }

    private int dropTag(int first) {
        found.subList(first, found.size()).clear();
        return -1;
    }

    /** From after {@code <!--}: a comment ends at {@code -->} or {@code --!>}; {@code <!-->} and {@code <!--->} are empty ones. */
    private static int comment(byte[] t, int i) {
        if (startsWith(t, ">", i)) {
            return i + 1;
        }
        if (startsWith(t, "->", i)) {
            return i + 2;
        }
        int end = indexOf(t, "--", i);
        while (end >= 0) {
            if (startsWith(t, "-->", end)) {
                return end + 3;
            }
            if (startsWith(t, "--!>", end)) {
                return end + 4;
            }
            end = indexOf(t, "--", end + 1);
        }
        return t.length;
    }

    /** The start of the end tag of a raw-text element: {@code </name} followed by a space, / or >. */
    private static int skipRawText(byte[] t, int i, String tag) {
        int n = t.length;
        while ((i = indexOf(t, "</", i)) >= 0) {
            int after = i + 2 + tag.length();
            if (after <= n && Names.matches(t, i + 2, tag)
                    && (after == n || isSpace(t[after]) || t[after] == '/' || t[after] == '>')) {
                return i;
            }
            i += 2;
        }
        return n;
    }

    /** Past the next {@code end} from {@code i}, or the end of the page. */
    private static int skipPast(byte[] t, int i, char end) {
        int at = indexOf(t, (byte) end, i);
        return at < 0 ? t.length : at + 1;
    }

    private static int indexOf(byte[] t, int c, int from) {
        for (int k = from; k < t.length; k++) {
            if (t[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] t, String s, int from) {
        for (int k = from; k <= t.length - s.length(); k++) {
            if (startsWith(t, s, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the ASCII text {@code s} is written at {@code at}. */
    private static boolean startsWith(byte[] t, String s, int at) {
        if (at < 0 || at + s.length() > t.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes from {@code start} to {@code end} as the UTF-8 text they are. */
    private String utf8(int start, int end) {
        return new String(text, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int lower(int b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    /** ASCII letters only, as a browser does: other bytes are parts of UTF-8 characters here. */
    private static String lowerCase(String s) {
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

    /**
     * Lower-case ASCII names, each with a number, found by the hash of a name's bytes read in
     * either case ({@link String#hashCode} of its lower case): open addressing, a quarter full.
     */
    static final class Names {
        final String[] names;
        final int[] flags;
        private final int mask;

        Names(Map<String, Integer> named) {
            int size = Integer.highestOneBit(Math.max(named.size(), 1) * 4) * 2;
            names = new String[size];
            flags = new int[size];
            mask = size - 1;
            named.forEach((name, value) -> {
                int slot = slot(name.hashCode());
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
                flags[slot] = value;
            });
        }

        private int slot(int h) {
            return (h ^ (h >>> 16)) & mask;
        }

        /** The slot of the name written in {@code t[start, end)} in either case, whose hash is {@code h}, or -1. */
        int find(byte[] t, int start, int end, int h) {
            for (int slot = slot(h); names[slot] != null; slot = (slot + 1) & mask) {
                String name = names[slot];
                if (name.length() == end - start && matches(t, start, name)) {
                    return slot;
                }
            }
            return -1;
        }

        /** Whether the lower-case ASCII {@code name} is written at {@code at}, in either case. */
        static boolean matches(byte[] t, int at, String name) {
            if (at + name.length() > t.length) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if (lower(t[at + k]) != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
