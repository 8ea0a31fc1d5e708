package org.gongkai.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Origin;

/**
 * A parsed YAML value that remembers where it stood in its file. The loader reads these rather
 * than binding to classes, so that every error, down to a single cell, can name its line.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Origin origin();

    /** Describes the kind of node in messages ("一个映射", "一个列表", "文本 …"). */
    String describe();

    /** A mapping; keys keep their order and their own positions. */
    record MapNode(Map<String, Entry> entries, Origin origin) implements Node {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String describe() {
            return "映射（键: 值）";
        }
    }

    record Entry(String key, Origin keyOrigin, Node value) {
    }

    record ListNode(List<Node> items, Origin origin) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "列表";
        }
    }

    /** A scalar as written in the file; {@code kind} is how YAML typed it. */
    record Scalar(String text, Kind kind, Origin origin) implements Node {

        /**
         * Short texts repeat across a site's files (indicator levels, bases, document numbers, units):
         * one copy of each ({@link SharedStrings}). At 50,000 projects the copies would fill most of a
         * 512 MB heap.
         */
        public Scalar {
            if (text != null && text.length() <= SHARED_LENGTH) {
                text = SharedStrings.of(text);
            }
        }

        /** Longer texts are rarely repeated word for word. */
        private static final int SHARED_LENGTH = 64;

        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "空值";
                case STRING -> text.isEmpty() ? "空值" : "文本 \"" + Messages.clip(text) + "\"";
                case INTEGER, DECIMAL -> "数字 " + text;
                case BOOLEAN -> "布尔值 " + text;
            };
        }
    }
}
