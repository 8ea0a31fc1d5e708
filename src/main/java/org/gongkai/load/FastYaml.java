package org.gongkai.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Origin;

/**
 * A fast reader for the plain block YAML that content files are written in (block mappings and
 * sequences, one-line plain and quoted scalars, {@code |} blocks, comments), with LF or CRLF line
 * ends. It builds exactly the nodes {@link YamlParser} would, positions included, and gives up —
 * returning null — on anything else: flow collections, anchors, tags, folded or multi-line
 * scalars, unusual numbers, duplicate keys, tabs, and characters YAML treats specially (control
 * characters, Unicode line breaks, U+FEFF). The full parser then reads the file and reports what
 * is wrong. White space here is the space character only, as in YAML: U+3000 and the other
 * Unicode spaces are text. Why: the general YAML parser costs about 0.2 ms of CPU per file, most
 * of a large build's load stage; this costs a tenth of that. FastYamlTest and YamlMutationTest
 * (10,000 mutants of real files, LF and CRLF) prove the two agree on every file it accepts.
 */
final class FastYaml {

    private static final String NUMBER_CHARS = "0123456789+-._:eExXoObBabcdefABCDEFinINaA";
    private static final String INDICATORS = "[]{},&*!|>'\"%@`#";

    private final String file;
    private final String[] lines;
    /** Each line's indentation, asked for several times a line. */
    private final int[] indents;
    private int row;

    private FastYaml(String file, String text) {
        this.file = file;
        this.lines = text.split("\n", -1);
        this.indents = new int[lines.length];
        for (int r = 0; r < lines.length; r++) {
            indents[r] = indent(lines[r]);
        }
    }

    /** The document as nodes, or null when it is not in the simple form this reader takes. */
    static Node parse(String file, String text) {
        if (text.indexOf('\r') >= 0) {
            // CRLF is a line break like LF, and positions do not change; a lone CR is left to the parser.
            text = text.replace("\r\n", "\n");
            if (text.indexOf('\r') >= 0) {
                return null;
            }
        }
        if (!plainCharacters(text)) {
            return null;
        }
        try {
            FastYaml reader = new FastYaml(file, text);
            reader.skipBlank();
            if (reader.row >= reader.lines.length) {
                return null;
            }
            Node root = reader.block(reader.indent(reader.row), 0);
            reader.skipBlank();
            return root != null && reader.row >= reader.lines.length ? root : null;
        } catch (GiveUp e) {
            return null;
        }
    }

    /**
     * True unless the text has a character this reader would read differently from the parser:
     * a tab; a character YAML does not allow (control characters, U+FFFE, U+FFFF, a lone surrogate),
     * which the parser refuses; U+0085, U+2028 or U+2029, which YAML counts as line breaks; or
     * U+FEFF, whose column the parser counts in some places and not in others.
     */
    private static boolean plainCharacters(String text) {
        // An array, not charAt: the C1 compiler the launchers use checks each charAt's index in a call.
        // Each thread's own array, so a file's text is not copied into a new one.
        int n = text.length();
        char[] chars = CHARS.get();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
            CHARS.set(chars);
        }
        text.getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            // Printable ASCII, and U+3000–U+D7FF (Chinese text and its punctuation): nothing to refuse there.
            if (c >= 0x20 && c < 0x7F || c >= 0x3000 && c < 0xD800) {
                continue;
            }
            if (c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF' || c >= '\uFFFE') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(chars[i + 1])) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 14]);

    /** Thrown to abandon the fast path; carries no stack, it is control flow. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private Origin at(int line, int column) {
        return Origin.ofFile(file).at(line + 1, column + 1);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int indent(int r) {
        return indents[r];
    }

    /** True if the line has only spaces from {@code from} on; YAML's white space is not Java's. */
    private static boolean spaces(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String line) {
        return blank(line, indent(line));
    }

    /** Line {@code r} is blank: its indentation counted already. */
    private boolean blank(int r) {
        return blank(lines[r], indents[r]);
    }

    /** Nothing but spaces, or a comment, after the {@code indent} spaces {@code line} starts with. */
    private static boolean blank(String line, int indent) {
        return indent == line.length() || line.charAt(indent) == '#';
    }

    private void skipBlank() {
        while (row < lines.length && blank(row)) {
            row++;
        }
    }

    /** A mapping or sequence whose entries start at column {@code col} of the current line. */
    private Node block(int col, int depth) {
        if (depth > YamlParser.MAX_DEPTH) {
            throw GIVE_UP;
        }
        String line = lines[row];
        if (line.startsWith("- ", col) || line.length() == col + 1 && line.charAt(col) == '-') {
            return sequence(col, depth);
        }
        return mapping(col, depth, row, col);
    }

    private Node mapping(int col, int depth, int startRow, int startCol) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        Origin origin = at(startRow, startCol);
        boolean first = true;
        while (row < lines.length) {
            if (!first) {
                skipBlank();
                if (row >= lines.length || indent(row) < col) {
                    break;
                }
                if (indent(row) != col) {
                    throw GIVE_UP;
                }
            }
            int keyCol = first ? startCol : col;
            first = false;
            String line = lines[row];
            int colon = line.indexOf(':', keyCol);
            if (colon < 0) {
                throw GIVE_UP;
            }
            if (!isKey(line, keyCol, colon)) {
                throw GIVE_UP;
            }
            String key = line.substring(keyCol, colon);
            if (entries.containsKey(key)) {
                throw GIVE_UP;
            }
            Origin keyOrigin = at(row, keyCol);
            Node value = valueAfter(colon + 1, col, depth, true);
            entries.put(key, new Node.Entry(key, keyOrigin, value));
        }
        return new Node.MapNode(entries, origin);
    }

    private Node sequence(int col, int depth) {
        List<Node> items = new ArrayList<>();
        Origin origin = at(row, col);
        while (true) {
            skipBlank();
            if (row >= lines.length || indent(row) < col) {
                break;
            }
            String line = lines[row];
            if (indent(row) > col) {
                throw GIVE_UP;
            }
            if (!(line.charAt(col) == '-' && (line.length() == col + 1 || line.charAt(col + 1) == ' '))) {
                break; // the parent mapping's next key, at the sequence's own indentation
            }
            int itemCol = col + 2;
            if (line.length() <= itemCol || blank(line.substring(itemCol))) {
                // "-" alone: an empty item, unless a nested block follows (not taken here).
                int here = row;
                row++;
                skipBlank();
                if (row < lines.length && indent(row) > col) {
                    throw GIVE_UP;
                }
                // The parser puts an empty item just after its "-", whatever follows on the line.
                items.add(new Node.Scalar("", Node.Scalar.Kind.NULL, at(here, col + 1)));
                continue;
            }
            int contentCol = itemCol + indent(line.substring(itemCol));
            if (line.startsWith("- ", contentCol) || line.startsWith("-", contentCol) && line.length() == contentCol + 1) {
                throw GIVE_UP;
            }
            if (startsMappingKey(line, contentCol)) {
                items.add(mapping(contentCol, depth + 1, row, contentCol));
            } else {
                items.add(valueAfter(contentCol - 1, col, depth, false));
            }
        }
        return new Node.ListNode(items, origin);
    }

    private static boolean startsMappingKey(String line, int from) {
        int colon = line.indexOf(':', from);
        return colon > from && isKey(line, from, colon)
                && (colon + 1 == line.length() || line.charAt(colon + 1) == ' ');
    }

    /**
     * The value that follows a key's colon (or a "- ") at {@code pos - 1} on the current line; on
     * return the current line is the first one after the value.
     */
    private Node valueAfter(int pos, int parentCol, int depth, boolean afterKey) {
        String line = lines[row];
        if (afterKey && pos < line.length() && line.charAt(pos) != ' ') {
            throw GIVE_UP;
        }
        int start = pos;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        if (start >= line.length() || line.charAt(start) == '#') {
            if (start > pos && start < line.length() && line.charAt(start) == '#' && line.charAt(start - 1) != ' ') {
                throw GIVE_UP;
            }
            // Nothing on this line: a nested block, or null.
            int keyRow = row;
            row++;
            skipBlank();
            if (row < lines.length && indent(row) > parentCol) {
                return block(indent(row), depth + 1);
            }
            if (row < lines.length && indent(row) == parentCol && afterKey && lines[row].startsWith("- ", parentCol)) {
                return sequence(parentCol, depth + 1);
            }
            return new Node.Scalar("", Node.Scalar.Kind.NULL, nullOrigin(keyRow, pos));
        }
        char c = line.charAt(start);
        Origin origin = at(row, start);
        if (c == '"') {
            return quoted(line, start, origin, true);
        }
        if (c == '\'') {
            return quoted(line, start, origin, false);
        }
        if (c == '|') {
            return literal(line, start, parentCol, origin);
        }
        if (INDICATORS.indexOf(c) >= 0 || c == '-' && start + 1 < line.length() && line.charAt(start + 1) == ' '
                || c == '?' || c == ':') {
            throw GIVE_UP;
        }
        String text = plainText(line, start);
        row++;
        rejectContinuation(parentCol);
        return plain(text, origin);
    }

    /** Where the parser puts the empty value of "key:": just after the colon. */
    private Origin nullOrigin(int keyRow, int pos) {
        return at(keyRow, pos);
    }

    /** A plain scalar may not continue on the next line in the form taken here. */
    private void rejectContinuation(int parentCol) {
        int r = row;
        while (r < lines.length && blank(r)) {
            r++;
        }
        if (r < lines.length && indent(r) > parentCol && !lines[r].startsWith("- ", indent(r))
                && !startsMappingKey(lines[r], indent(r))) {
            throw GIVE_UP;
        }
    }

    private static String plainText(String line, int start) {
        String text = line.substring(start);
        int hash = text.indexOf(" #");
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int end = text.length();
        while (text.charAt(end - 1) == ' ') {
            end--;
        }
        text = text.substring(0, end);
        if (text.contains(": ") || text.endsWith(":")) {
            throw GIVE_UP;
        }
        return text;
    }

    private static Node plain(String text, Origin origin) {
        if (text.isEmpty()) {
            throw GIVE_UP; // only Unicode spaces (U+3000), which stripTrailing removed
        }
        switch (text) {
            case "~", "null", "Null", "NULL":
                return new Node.Scalar("", Node.Scalar.Kind.NULL, origin);
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return new Node.Scalar(text, Node.Scalar.Kind.BOOLEAN, origin);
            default:
                break;
        }
        char c = text.charAt(0);
        if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            int digits = unsignedInteger(text, text.startsWith("-") ? 1 : 0);
            if (digits == text.length()) {
                return new Node.Scalar(text, Node.Scalar.Kind.INTEGER, origin);
            }
            if (digits > 0 && text.charAt(digits) == '.' && digits + 1 < text.length()
                    && fractionDigits(text, digits + 1)) {
                return new Node.Scalar(text, Node.Scalar.Kind.DECIMAL, origin);
            }
            if (mayBeNumber(text)) {
                throw GIVE_UP;
            }
        }
        String lower = text.length() <= 3 ? text.toLowerCase() : "";
        if (lower.equals("yes") || lower.equals("no") || lower.equals("on") || lower.equals("off")
                || lower.equals("y") || lower.equals("n")) {
            throw GIVE_UP;
        }
        return new Node.Scalar(text, Node.Scalar.Kind.STRING, origin);
    }

    /** Whether {@code line[from, to)} is a key of ours: [A-Za-z0-9_]+. */
    private static boolean isKey(String line, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code 0|[1-9][0-9]*} starting at {@code from} ends (the index after its last digit), or
     * 0 when there is none there.
     */
    private static int unsignedInteger(String text, int from) {
        if (from >= text.length() || !isDigit(text.charAt(from))) {
            return 0;
        }
        if (text.charAt(from) == '0') {
            return from + 1;
        }
        int i = from + 1;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code text} from {@code from} on is digits only. */
    private static boolean fractionDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True unless the text has a character that no YAML number form (hex, octal, 1_000, 1:30, .inf) uses. */
    private static boolean mayBeNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NUMBER_CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private Node quoted(String line, int start, Origin origin, boolean dbl) {
        // Most quoted texts hold no escape: the text is then the line between the quotes, taken whole.
        char quote = dbl ? '"' : '\'';
        int close = line.indexOf(quote, start + 1);
        if (close > start && (dbl ? line.lastIndexOf('\\', close) <= start
                : close + 1 >= line.length() || line.charAt(close + 1) != '\'')) {
            return closed(line, close, line.substring(start + 1, close), origin);
        }
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= line.length()) {
                throw GIVE_UP;
            }
            char c = line.charAt(i);
            if (dbl && c == '\\') {
                if (i + 1 >= line.length()) {
                    throw GIVE_UP;
                }
                char e = line.charAt(i + 1);
                switch (e) {
                    case '"', '\\' -> text.append(e);
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    default -> throw GIVE_UP;
                }
                i += 2;
            } else if (c == (dbl ? '"' : '\'')) {
                if (!dbl && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    text.append('\'');
                    i += 2;
                } else {
                    break;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        return closed(line, i, text.toString(), origin);
    }

    /** The quoted scalar {@code text}, its closing quote at {@code close} of {@code line}. */
    private Node closed(String line, int close, String text, Origin origin) {
        // After the closing quote: nothing but spaces, and a comment only after a space.
        int after = close + 1;
        int comment = line.indexOf('#', after);
        if (!spaces(line, after) && (comment <= after || !spaces(line.substring(0, comment), after))) {
            throw GIVE_UP;
        }
        row++;
        return new Node.Scalar(text, Node.Scalar.Kind.STRING, origin);
    }

    /**
     * A "|" block: lines indented past the parent, joined with newlines; "clip" keeps the final
     * line break when there is one.
     */
    private Node literal(String line, int start, int parentCol, Origin origin) {
        if (!spaces(line, start + 1)) {
            throw GIVE_UP; // an indicator (|-, |+, |2) or a comment
        }
        row++;
        List<String> body = new ArrayList<>();
        int contentIndent = -1;
        int leadingBlank = 0;
        int lastContentRow = -1;
        while (row < lines.length) {
            String l = lines[row];
            if (spaces(l, 0)) {
                if (contentIndent < 0) {
                    // The parser takes the block's indentation from its longest leading blank line too.
                    leadingBlank = Math.max(leadingBlank, l.length());
                } else if (l.length() > contentIndent) {
                    throw GIVE_UP; // spaces that are part of the text
                }
                body.add("");
                row++;
                continue;
            }
            int ind = indent(l);
            if (contentIndent < 0) {
                if (ind <= parentCol) {
                    break;
                }
                if (leadingBlank > ind) {
                    throw GIVE_UP;
                }
                contentIndent = ind;
            }
            if (ind < contentIndent) {
                if (ind > parentCol) {
                    throw GIVE_UP;
                }
                break;
            }
            body.add(l.substring(contentIndent));
            lastContentRow = row;
            row++;
        }
        // Trailing blank lines are not part of the text.
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        if (body.isEmpty()) {
            throw GIVE_UP;
        }
        boolean lineBreak = lastContentRow < lines.length - 1;
        return new Node.Scalar(String.join("\n", body) + (lineBreak ? "\n" : ""), Node.Scalar.Kind.STRING, origin);
    }
}
