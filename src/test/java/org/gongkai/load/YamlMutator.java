package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Makes mutants of a YAML document for {@link YamlMutationTest}: generic edits (insert, delete,
 * duplicate or swap lines, change indentation, truncate) and edits aimed at the places where a
 * hand-written reader and SnakeYAML have disagreed (control characters, Unicode spaces, Unicode
 * line breaks, escapes, {@code |} blocks, a missing final newline, byte order marks). Deterministic
 * for a given {@link Random}.
 */
final class YamlMutator {

    /** One named edit; the name goes into failure messages, so a disagreement says how it was made. */
    record Operator(String name, BiFunction<String, Random, String> edit) {
    }

    private static final String CONTROL = "\u0000\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f"
            + "\u007f\u0080\u0084\u0086\u009f\ufffe\uffff";
    private static final String UNICODE_SPACES = "\u00a0\u1680\u2000\u2003\u2009\u200a\u200b\u202f\u205f\u3000";
    private static final String LINE_BREAKS = "\u0085\u2028\u2029";
    private static final String PALETTE = " \n\t:-#\"'|>[]{},&*!?%@`\\~.0159eE+_x中，：—";
    private static final String[] ESCAPES = {
        "\\/", "\\\\", "\\\"", "\\n", "\\t", "\\0", "\\a", "\\b", "\\e", "\\f", "\\r", "\\v", "\\ ",
        "\\N", "\\_", "\\L", "\\P", "\\x41", "\\u4e2d", "\\U0001F600", "\\q", "\\", "\\\t",
    };
    private static final String[] SCALARS = {
        "yes", "No", "on", "OFF", "y", "~", "null", "NULL", "True", "false", "-", "1e3", "+5", "012", "0x1F",
        "0o17", "1_000", ".5", "5.", "-0", "-.inf", ".NaN", "1:30", "2023-01-01", "0.0", "-3.25", "''", "\"\"",
        "'it''s'", "\"a\\\"b\"", "x # c", "x#c", "a: b", "a:b", "[1, 2]", "{a: 1}", "&x 1", "*x", "!!str 1",
        "? a", "%YAML", "@x", "`x`", "|", ">", "|-", "|+", "|2", ">-", "\"unterminated", "'unterminated",
        "中文：冒号", "≥95%", "— 破折号", "𠀀𠀁 扩展B", "\"𠀀\"", "'𠀀' # 注", "\"\u3000\"", "x\u3000", "\u3000",
    };

    static final List<Operator> OPERATORS = List.of(
            // Root causes first: each of these once let the two readers disagree.
            new Operator("control character", (t, r) -> insert(t, r, pick(CONTROL, r))),
            new Operator("Unicode space at line end", (t, r) -> atLineEnd(t, r, pick(UNICODE_SPACES, r))),
            new Operator("Unicode space", (t, r) -> insert(t, r, pick(UNICODE_SPACES, r))),
            new Operator("Unicode line break", (t, r) -> insert(t, r, pick(LINE_BREAKS, r))),
            new Operator("newline to Unicode line break", (t, r) -> replaceNewline(t, r, pick(LINE_BREAKS, r))),
            new Operator("escape in double quotes", YamlMutator::doubleQuoted),
            new Operator("| block with blank first lines", YamlMutator::literalBlock),
            new Operator("final | block without newline", YamlMutator::finalLiteral),
            new Operator("no final newline", (t, r) -> t.endsWith("\n") ? t.substring(0, t.length() - 1) : t),
            new Operator("byte order mark at start", (t, r) -> "\ufeff" + t),
            new Operator("byte order mark", (t, r) -> r.nextBoolean() ? insert(t, r, "\ufeff") : atLineStart(t, r, "\ufeff")),
            // Generic edits.
            new Operator("insert", (t, r) -> insert(t, r, pick(PALETTE, r))),
            new Operator("delete", YamlMutator::delete),
            new Operator("duplicate line", YamlMutator::duplicateLine),
            new Operator("delete line", YamlMutator::deleteLine),
            new Operator("swap lines", YamlMutator::swapLines),
            new Operator("join lines", (t, r) -> replaceNewline(t, r, r.nextBoolean() ? "" : " ")),
            new Operator("indent", YamlMutator::indent),
            new Operator("replace value", YamlMutator::replaceValue),
            new Operator("truncate", (t, r) -> t.substring(0, r.nextInt(t.length() + 1))));

    private YamlMutator() {
    }

    private static String pick(String chars, Random r) {
        return String.valueOf(chars.charAt(r.nextInt(chars.length())));
    }

    private static String insert(String t, Random r, String s) {
        int at = r.nextInt(t.length() + 1);
        if (at > 0 && at < t.length() && Character.isLowSurrogate(t.charAt(at))) {
            at--;
        }
        return t.substring(0, at) + s + t.substring(at);
    }

    private static List<String> lines(String t) {
        return new ArrayList<>(List.of(t.split("\n", -1)));
    }

    private static String atLineEnd(String t, Random r, String s) {
        List<String> lines = lines(t);
        int i = r.nextInt(lines.size());
        lines.set(i, lines.get(i) + s);
        return String.join("\n", lines);
    }

    private static String atLineStart(String t, Random r, String s) {
        List<String> lines = lines(t);
        int i = r.nextInt(lines.size());
        lines.set(i, s + lines.get(i));
        return String.join("\n", lines);
    }

    private static String replaceNewline(String t, Random r, String s) {
        int at = t.indexOf('\n', r.nextInt(t.length() + 1));
        return at < 0 ? t : t.substring(0, at) + s + t.substring(at + 1);
    }

    private static String delete(String t, Random r) {
        if (t.isEmpty()) {
            return t;
        }
        int at = r.nextInt(t.length());
        int end = Math.min(t.length(), at + 1 + r.nextInt(3));
        if (end < t.length() && Character.isLowSurrogate(t.charAt(end))) {
            end++;
        }
        if (Character.isLowSurrogate(t.charAt(at)) && at > 0) {
            at--;
        }
        return t.substring(0, at) + t.substring(end);
    }

    private static String duplicateLine(String t, Random r) {
        List<String> lines = lines(t);
        int i = r.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private static String deleteLine(String t, Random r) {
        List<String> lines = lines(t);
        lines.remove(r.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String swapLines(String t, Random r) {
        List<String> lines = lines(t);
        if (lines.size() < 2) {
            return t;
        }
        int i = r.nextInt(lines.size() - 1);
        String a = lines.get(i);
        lines.set(i, lines.get(i + 1));
        lines.set(i + 1, a);
        return String.join("\n", lines);
    }

    private static String indent(String t, Random r) {
        List<String> lines = lines(t);
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        int n = 1 + r.nextInt(2);
        if (r.nextBoolean()) {
            lines.set(i, " ".repeat(n) + line);
        } else {
            int spaces = 0;
            while (spaces < line.length() && spaces < n && line.charAt(spaces) == ' ') {
                spaces++;
            }
            lines.set(i, line.substring(spaces));
        }
        return String.join("\n", lines);
    }

    /** The index of a random "key: value" line and the position of its value, or null. */
    private static int[] valueLine(List<String> lines, Random r) {
        for (int tries = 0; tries < 8; tries++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon > 0) {
                return new int[] {i, colon + 2};
            }
            if (line.stripLeading().startsWith("- ")) {
                return new int[] {i, line.indexOf("- ") + 2};
            }
        }
        return null;
    }

    private static String replaceValue(String t, Random r) {
        List<String> lines = lines(t);
        int[] at = valueLine(lines, r);
        if (at == null) {
            return t;
        }
        String line = lines.get(at[0]);
        lines.set(at[0], line.substring(0, at[1]) + SCALARS[r.nextInt(SCALARS.length)]);
        return String.join("\n", lines);
    }

    private static String doubleQuoted(String t, Random r) {
        List<String> lines = lines(t);
        int[] at = valueLine(lines, r);
        if (at == null) {
            return t;
        }
        String line = lines.get(at[0]);
        String value = line.substring(at[1]).replace("\\", "").replace("\"", "");
        int cut = r.nextInt(value.length() + 1);
        String escape = ESCAPES[r.nextInt(ESCAPES.length)];
        lines.set(at[0], line.substring(0, at[1]) + "\"" + value.substring(0, cut) + escape + value.substring(cut) + "\"");
        return String.join("\n", lines);
    }

    /** A value made a "|" block, with blank first lines of a few spaces each and a random indent. */
    private static String literalBlock(String t, Random r) {
        List<String> lines = lines(t);
        int[] at = valueLine(lines, r);
        if (at == null) {
            return t;
        }
        String line = lines.get(at[0]);
        int parent = line.length() - line.stripLeading().length();
        int indent = parent + 1 + r.nextInt(3);
        String[] headers = {"|", "|", "|", "|-", "|+", "|2", "| # 注", ">"};
        List<String> block = new ArrayList<>();
        block.add(line.substring(0, at[1]) + headers[r.nextInt(headers.length)]);
        for (int i = r.nextInt(3); i > 0; i--) {
            block.add(" ".repeat(r.nextInt(indent + 3)));
        }
        String value = line.substring(at[1]);
        block.add(" ".repeat(indent) + value);
        if (r.nextBoolean()) {
            block.add(" ".repeat(r.nextInt(indent + 2)));
            block.add(" ".repeat(indent + r.nextInt(2)) + value);
        }
        lines.remove(at[0]);
        lines.addAll(at[0], block);
        return String.join("\n", lines);
    }

    private static String finalLiteral(String t, Random r) {
        String body = t.endsWith("\n") ? t : t + "\n";
        String[] endings = {"", "", "\n", " ", "\n  ", "\n\n"};
        return body + "zz: |\n  最后一行\n  second" + endings[r.nextInt(endings.length)];
    }
}
