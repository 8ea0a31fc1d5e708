package org.gongkai.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a composed YAML document in the one canonical form of content files: block style, two
 * spaces of indentation with list items indented under their key, keys in {@link ContentKind}
 * order, months of the spending plan in calendar order, LF and a final newline. A list inside a list
 * (the rows of a table) starts on its parent's dash line: {@code - - 开始时间}.
 *
 * <p>Scalars keep their text: amounts stay as written ({@code 12.00} is not {@code 12}), a blank
 * cell is written {@code null}. Text is plain where plain YAML reads it back as the same text,
 * double-quoted where it would not ({@code "731001"}, {@code "yes"}, {@code "- 1"}), and a literal
 * block when it has line breaks. {@code target} is always quoted: {@code "≥95 %"}, {@code "100"}
 * and {@code "长期"} are all text, and one look should tell so.
 *
 * <p>Comments stay with what they were written above or beside; a comment above the first key of
 * a mapping describes the whole mapping and stays at its top whatever key comes first now.
 */
final class CanonicalYaml {

    private static final String ALWAYS_QUOTED = "target";
    private static final Resolver RESOLVER = new Resolver();
    /** Numbers, booleans and nulls of YAML 1.2's core schema, which other tools may read with. */
    private static final Pattern CORE_SCHEMA_NON_TEXT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|null|Null|NULL|~"
                    + "|true|True|TRUE|false|False|FALSE|<<");

    private final ContentKind kind;
    private final StringBuilder out = new StringBuilder();
    /** True right after "- " of a list whose first item is a list: that item's dash goes on the same line. */
    private boolean onDashLine;

    private CanonicalYaml(ContentKind kind) {
        this.kind = kind;
    }

    static String write(Node root, ContentKind kind) {
        CanonicalYaml writer = new CanonicalYaml(kind);
        writer.document(root);
        return writer.out.toString();
    }

    private void document(Node root) {
        if (root instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            mapping(mapping, "", 0, null);
        } else {
            comments(root.getBlockComments(), 0);
            out.append(inline(root, "")).append(trailing(root.getInLineComments())).append('\n');
            comments(root.getEndComments(), 0);
        }
    }

    /**
     * Writes the tuples of {@code mapping} at {@code indent}. A list item passes the comments
     * above it as {@code itemComments}: they and the first key's go above its "- ", and the first
     * key on the line of the dash.
     */
    private void mapping(MappingNode mapping, String parentKey, int indent, List<CommentLine> itemComments) {
        boolean first = true;
        for (NodeTuple tuple : ordered(mapping.getValue(), parentKey)) {
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            if (first && itemComments != null) {
                comments(concat(itemComments, key.getBlockComments()), indent - 2);
                out.append(" ".repeat(indent - 2)).append("- ");
            } else {
                comments(key.getBlockComments(), indent);
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(inline(key, "")).append(':');
            value(tuple.getValueNode(), key.getValue(), indent, key.getInLineComments());
        }
        comments(mapping.getEndComments(), indent);
    }

    /** The tuples in canonical order; the comments above the first written key move to the new first. */
    private List<NodeTuple> ordered(List<NodeTuple> tuples, String parentKey) {
        List<NodeTuple> sorted = new ArrayList<>(tuples);
        if (parentKey.equals("schedule")) {
            sorted.sort(Comparator.comparingInt(t -> month(((ScalarNode) t.getKeyNode()).getValue())));
        } else {
            List<String> order = kind.order(parentKey);
            sorted.sort(Comparator.comparingInt(t -> {
                int i = order.indexOf(((ScalarNode) t.getKeyNode()).getValue());
                return i < 0 ? order.size() : i;
            }));
        }
        if (!tuples.isEmpty() && sorted.get(0) != tuples.get(0)) {
            Node was = tuples.get(0).getKeyNode();
            Node now = sorted.get(0).getKeyNode();
            List<CommentLine> header = new ArrayList<>(nonNull(was.getBlockComments()));
            header.addAll(nonNull(now.getBlockComments()));
            was.setBlockComments(null);
            now.setBlockComments(header);
        }
        return sorted;
    }

    private static int month(String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Writes what follows "key:" (or "-"): a scalar on the same line, or a nested block. */
    private void value(Node value, String key, int indent, List<CommentLine> keyComments) {
        if (value instanceof ScalarNode scalar && isBlockText(scalar)) {
            blockText(scalar.getValue(), indent + 2, keyComments, scalar.getInLineComments());
        } else if (value instanceof ScalarNode || isEmptyCollection(value)) {
            out.append(' ').append(inline(value, key))
                    .append(trailing(concat(keyComments, value.getInLineComments()))).append('\n');
        } else {
            out.append(trailing(concat(keyComments, value.getInLineComments()))).append('\n');
            if (value instanceof MappingNode mapping) {
                mapping(mapping, key, indent + 2, null);
            } else {
                sequence((SequenceNode) value, key, indent + 2);
            }
        }
    }

    private void sequence(SequenceNode sequence, String key, int indent) {
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
                mapping(mapping, key, indent + 2, nonNull(item.getBlockComments()));
            } else if (item instanceof SequenceNode inner && compact(inner)) {
                // A list in a list (a table's row of cells): its first item on the line of the outer dash.
                comments(item.getBlockComments(), indent);
                out.append(" ".repeat(indent)).append("- ");
                onDashLine = true;
                sequence(inner, key, indent + 2);
            } else {
                comments(item.getBlockComments(), indent);
                out.append(onDashLine ? "" : " ".repeat(indent)).append('-');
                onDashLine = false;
                value(item, key, indent, null);
            }
        }
        comments(sequence.getEndComments(), indent);
    }

    /** Whether a list inside a list can start on its parent's dash line: its first item is a plain value. */
    private static boolean compact(SequenceNode inner) {
        if (inner.getValue().isEmpty() || !nonNull(inner.getInLineComments()).isEmpty()) {
            return false;
        }
        Node first = inner.getValue().get(0);
        return first instanceof ScalarNode && nonNull(first.getBlockComments()).isEmpty();
    }

    private static boolean isEmptyCollection(Node node) {
        return node instanceof MappingNode m && m.getValue().isEmpty()
                || node instanceof SequenceNode s && s.getValue().isEmpty();
    }

    /** A scalar or empty collection as it sits after "key: ". */
    private static String inline(Node node, String key) {
        if (node instanceof MappingNode) {
            return "{}";
        }
        if (node instanceof SequenceNode) {
            return "[]";
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (!scalar.getTag().equals(Tag.STR)) {
            // Numbers and booleans exactly as written; every spelling of "nothing" as null.
            return scalar.getTag().equals(Tag.NULL) ? "null" : text;
        }
        if (key.equals(ALWAYS_QUOTED) || !isPlainSafe(text)) {
            return doubleQuoted(text);
        }
        return text;
    }

    /** True when {@code text} written plain reads back as this same text in YAML 1.1 and 1.2. */
    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || text.strip().length() != text.length()
                || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0
                || text.contains(": ") || text.contains(" #") || text.endsWith(":")
                || CORE_SCHEMA_NON_TEXT.matcher(text).matches()
                || !RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i)) || text.charAt(i) == '\t') {
                return false;
            }
        }
        return true;
    }

    /** Multi-line text that a literal block keeps exactly. */
    private static boolean isBlockText(ScalarNode scalar) {
        String text = scalar.getValue();
        if (!scalar.getTag().equals(Tag.STR) || text.indexOf('\n') < 0 || text.isBlank()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && needsEscape(c)) {
                return false;
            }
        }
        // Trailing spaces before a line break are kept by a literal block, but leading ones on the
        // first line would need an indentation indicator; quote those rare texts instead.
        return !Character.isWhitespace(text.charAt(0));
    }

    private void blockText(String text, int indent, List<CommentLine> keyComments, List<CommentLine> valueComments) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int breaks = text.length() - end;
        String chomp = breaks == 0 ? "-" : breaks == 1 ? "" : "+";
        out.append(" |").append(chomp).append(trailing(concat(keyComments, valueComments))).append('\n');
        for (String line : text.substring(0, end).split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(" ".repeat(indent)).append(line);
            }
            out.append('\n');
        }
        out.append("\n".repeat(Math.max(0, breaks - 1)));
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                || (c >= 0x80 && c < 0xa0);
    }

    static String doubleQuoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\u2028' -> b.append("\\L");
                case '\u2029' -> b.append("\\P");
                case '\u0085' -> b.append("\\N");
                case '\ufeff' -> b.append("\\uFEFF");
                default -> {
                    if (needsEscape(c)) {
                        b.append(String.format("\\x%02X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Own-line comments, at {@code indent}; blank lines only between comments, at most one. */
    private void comments(List<CommentLine> lines, int indent) {
        boolean afterComment = false;
        boolean pendingBlank = false;
        for (CommentLine line : nonNull(lines)) {
            if (line.getCommentType() == CommentType.BLANK_LINE) {
                pendingBlank = afterComment;
                continue;
            }
            if (pendingBlank) {
                out.append('\n');
                pendingBlank = false;
            }
            out.append(" ".repeat(indent)).append('#').append(line.getValue().stripTrailing()).append('\n');
            afterComment = true;
        }
        if (pendingBlank) {
            out.append('\n');
        }
    }

    /** Comments that were beside a value, joined after one space. */
    private static String trailing(List<CommentLine> lines) {
        StringBuilder b = new StringBuilder();
        for (CommentLine line : nonNull(lines)) {
            if (line.getCommentType() != CommentType.BLANK_LINE) {
                b.append(" #").append(line.getValue().stripTrailing());
            }
        }
        return b.toString();
    }

    private static List<CommentLine> concat(List<CommentLine> a, List<CommentLine> b) {
        List<CommentLine> all = new ArrayList<>(nonNull(a));
        all.addAll(nonNull(b));
        return all;
    }

    private static List<CommentLine> nonNull(List<CommentLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
