package org.gongkai.fmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.gongkai.load.SyntaxMessages;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Text of a content file → its canonical text. Before any file is touched the result is read
 * back and compared with the input: the same data (keys, values, amounts as written) and the
 * same comments, or the file is refused, so formatting can never change what a disclosure says.
 */
public final class Formatter {

    private static final int MAX_DEPTH = 16;

    private Formatter() {
    }

    /** Thrown for input fmt cannot lay out; {@code line} and {@code column} are 1-based, 0 when unknown. */
    public static final class FormatException extends Exception {
        private final int line;
        private final int column;

        FormatException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** {@code text} as a YAML double-quoted scalar, escaped as fmt escapes it. */
    public static String doubleQuoted(String text) {
        return CanonicalYaml.doubleQuoted(text);
    }

    public static String format(String text, ContentKind kind) throws FormatException {
        return format(text, kind, true);
    }

    /**
     * As {@link #format(String, ContentKind)}; without {@code verify} the result is not read back
     * (for --check, which writes nothing). Text that is canonical already is never read back.
     */
    public static String format(String text, ContentKind kind, boolean verify) throws FormatException {
        String input = text.startsWith("\ufeff") ? text.substring(1) : text;
        Node root = compose(input);
        // A file of comments only comes back as an empty mapping tagged "comment".
        if (root == null || root.getTag().equals(Tag.COMMENT)
                || root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            throw new FormatException(1, 1, "文件是空的（没有任何键）");
        }
        refuseUnsupported(root, Collections.newSetFromMap(new IdentityHashMap<>()));
        // Taken before writing: the writer moves comments between nodes.
        Object before = verify ? data(root) : null;
        List<String> commentsBefore = verify ? comments(root) : null;
        String result = CanonicalYaml.write(root, kind);
        if (!verify || result.equals(text)) {
            return result;
        }
        Node again = compose(result);
        if (again == null || !data(again).equals(before) || !comments(again).equals(commentsBefore)) {
            throw new FormatException(1, 1, "无法在不改变内容或注释的前提下整理这个文件，文件未改动（请报告这个问题）");
        }
        return result;
    }

    private static Node compose(String text) throws FormatException {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
        try {
            // The composer alone: a whole Yaml instance per file would cost more than the file.
            return new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            SyntaxMessages.Explained why = SyntaxMessages.explain(text, e);
            throw new FormatException(why.line(), why.column(), "YAML 语法错误，未整理：" + why.message());
        } catch (YAMLException e) {
            throw new FormatException(0, 0, "无法读取，未整理：" + e.getMessage());
        }
    }

    private static void refuseUnsupported(Node node, Set<Node> seen) throws FormatException {
        if (!seen.add(node)) {
            throw at(node, "不支持 YAML 锚点与别名（&、*），未整理");
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw at(tuple.getKeyNode(), "键必须是简单文本，未整理");
                }
                Node earlier = keys.put(key.getValue(), key);
                if (earlier != null) {
                    throw at(key, "键 \"" + key.getValue() + "\" 重复（第 " + (earlier.getStartMark().getLine() + 1)
                            + " 行已有），未整理：请先删去其中一个");
                }
                refuseUnsupported(tuple.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                refuseUnsupported(item, seen);
            }
        }
    }

    private static FormatException at(Node node, String message) {
        var mark = node.getStartMark();
        return new FormatException(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                message);
    }

    /** The data of a document: what the loader would read, with amounts as written. */
    private static Object data(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                map.put(((ScalarNode) tuple.getKeyNode()).getValue(), data(tuple.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(data(item));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getTag().equals(Tag.NULL) ? Tag.NULL : List.of(scalar.getTag(), scalar.getValue());
    }

    /** Every comment's words in document order; how comments are split into lines does not matter. */
    private static List<String> comments(Node root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        List<String> words = new ArrayList<>();
        for (String part : all.toString().split("#")) {
            if (!part.isBlank()) {
                words.add(part.strip());
            }
        }
        Collections.sort(words);
        return words;
    }

    private static void collect(Node node, StringBuilder all) {
        for (List<CommentLine> lines : List.of(list(node.getBlockComments()), list(node.getInLineComments()),
                list(node.getEndComments()))) {
            for (CommentLine line : lines) {
                if (line.getCommentType() != CommentType.BLANK_LINE) {
                    all.append('#').append(line.getValue());
                }
            }
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                collect(tuple.getKeyNode(), all);
                collect(tuple.getValueNode(), all);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                collect(item, all);
            }
        }
    }

    private static List<CommentLine> list(List<CommentLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
