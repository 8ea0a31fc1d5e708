package org.gongkai.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Origin;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link Node}s with positions. Hostile input is refused, not
 * survived: aliases (the material of "billion laughs" bombs) are not part of the format, nesting
 * is capped far above anything the format needs, and file size is capped by {@link SourceFile}.
 */
final class YamlParser {

    /** The format nests four levels deep; anything past this is not a disclosure. */
    static final int MAX_DEPTH = 16;

    /**
     * {@code -Dgongkai.fastYaml=false} sends every file through the full parser, so that a
     * benchmark can measure what the fast reader saves (bench/load.sh).
     */
    static final boolean FAST_PATH = !"false".equals(System.getProperty("gongkai.fastYaml"));

    private static final YAMLFactory FACTORY = createFactory();

    private YamlParser() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(SourceFile.MAX_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(options)
                // Duplicates are reported by the reader below, with both lines.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "other:" with nothing after it is a blank cell, as "other: null" is; "" stays text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(SourceFile.MAX_BYTES)
                        .build())
                .build();
    }

    /** Parses {@code text}; returns null after reporting to {@code problems} when it cannot. */
    static Node parse(String file, String text, Problems problems) {
        Node fast = FAST_PATH ? FastYaml.parse(file, text) : null;
        if (fast != null) {
            return fast;
        }
        return parseFully(file, text, problems);
    }

    /** The general parser: any YAML, with a precise message for whatever is wrong. */
    static Node parseFully(String file, String text, Problems problems) {
        Problem forbidden = ForbiddenCharacters.find(file, text);
        if (forbidden != null) {
            problems.add(forbidden.origin(), forbidden.message());
            return null;
        }
        Origin start = Origin.ofFile(file).at(1, 1);
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            return read(file, text, parser, problems);
        } catch (IOException e) {
            problems.add(start, "无法读取：" + e.getMessage());
            return null;
        }
    }

    private static Node read(String file, String text, YAMLParser parser, Problems problems) throws IOException {
        Origin start = Origin.ofFile(file).at(1, 1);
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(start, "文件是空的（没有任何键）");
                return null;
            }
            Node root = new Reader(file, parser).read(token, 1);
            if (parser.nextToken() != null) {
                problems.add(origin(file, parser.currentTokenLocation()),
                        "一个文件只能有一个 YAML 文档（请删去 \"---\" 之后的内容）");
                return null;
            }
            return root;
        } catch (Refused e) {
            problems.add(e.origin, e.getMessage());
        } catch (StreamConstraintsException e) {
            problems.add(origin(file, parser.currentLocation()), "嵌套层数超过 " + MAX_DEPTH + " 层，已拒绝读取");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                SyntaxMessages.Explained why = SyntaxMessages.explain(text, marked);
                problems.add(Origin.ofFile(file).at(why.line(), why.column()), "YAML 语法错误：" + why.message());
            } else {
                problems.add(origin(file, e.getLocation()), "YAML 语法错误：" + firstLine(e.getOriginalMessage()));
            }
        }
        return null;
    }

    private static Origin origin(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Origin.ofFile(file).at(1, 1);
        }
        return Origin.ofFile(file).at(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "无法解析";
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    /** Input that parses but is refused on principle; unwinds the reader to {@link #parse}. */
    private static final class Refused extends RuntimeException {
        final Origin origin;

        Refused(Origin origin, String message) {
            super(message, null, false, false);
            this.origin = origin;
        }
    }

    private static final class Reader {
        private final String file;
        private final YAMLParser parser;

        Reader(String file, YAMLParser parser) {
            this.file = file;
            this.parser = parser;
        }

        Node read(JsonToken token, int depth) throws IOException {
            Origin here = origin(file, parser.currentTokenLocation());
            if (depth > MAX_DEPTH) {
                throw new Refused(here, "嵌套层数超过 " + MAX_DEPTH + " 层，已拒绝读取");
            }
            if (parser.isCurrentAlias()) {
                throw new Refused(here, "不支持 YAML 别名（*" + parser.getText() + "），请直接写出内容");
            }
            return switch (token) {
                case START_OBJECT -> readMap(here, depth);
                case START_ARRAY -> readList(here, depth);
                case VALUE_STRING -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.STRING, here);
                case VALUE_NUMBER_INT -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.INTEGER, here);
                case VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.DECIMAL, here);
                case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.BOOLEAN, here);
                case VALUE_NULL -> new Node.Scalar("", Node.Scalar.Kind.NULL, here);
                default -> throw new Refused(here, "无法识别的 YAML 内容");
            };
        }

        private Node readMap(Origin here, int depth) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Origin keyOrigin = origin(file, parser.currentTokenLocation());
                Node value = read(parser.nextToken(), depth + 1);
                Node.Entry earlier = entries.get(key);
                if (earlier != null) {
                    throw new Refused(keyOrigin, "键 \"" + key + "\" 重复（第一次出现在第 "
                            + earlier.keyOrigin().line() + " 行）");
                }
                entries.put(key, new Node.Entry(key, keyOrigin, value));
            }
            if (token != JsonToken.END_OBJECT) {
                throw new Refused(here, "映射没有正常结束");
            }
            return new Node.MapNode(entries, here);
        }

        private Node readList(Origin here, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new Refused(here, "列表没有正常结束");
                }
                items.add(read(token, depth + 1));
            }
            return new Node.ListNode(items, here);
        }
    }
}
