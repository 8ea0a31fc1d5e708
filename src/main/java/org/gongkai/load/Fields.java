package org.gongkai.load;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Origin;

/**
 * Typed, reporting access to the keys of one YAML mapping. Unknown keys are reported when the
 * view is made; a wrong type is reported where the value stands and read as absent, so one
 * mistake does not hide the next.
 */
final class Fields {

    private final Node.MapNode map;
    private final Problems problems;

    private Fields(Node.MapNode map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    /**
     * A view of {@code node} as a mapping with the given keys, or null (after reporting) when it is
     * not a mapping. {@code what} names the thing in messages ("项目", "指标行").
     */
    static Fields of(Node node, List<String> allowed, String what, Problems problems) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node.origin(), what + "应为" + "映射（键: 值），这里是" + node.describe());
            return null;
        }
        for (Node.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                String hint = DidYouMean.suggest(entry.key(), allowed);
                // With a likely intended key, that is all the reader needs; the whole list (38 keys
                // for a project file) only when nothing is near.
                problems.add(entry.keyOrigin(), "未知的键 \"" + entry.key() + "\""
                        + (hint != null ? "，是否想写 \"" + hint + "\"？（" + what + "的键见 docs/format.md）"
                                : "（" + what + "可用的键：" + String.join(", ", allowed) + "）"));
            }
        }
        return new Fields(map, problems);
    }

    Origin origin() {
        return map.origin();
    }

    /** A true/false key: {@code otherwise} when it is missing or blank. */
    boolean flag(String key, boolean otherwise) {
        Node node = node(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return otherwise;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase());
        }
        problems.add(node.origin(), "\"" + key + "\" 应为 true 或 false，这里是" + node.describe());
        return otherwise;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    /** The value node, or null when the key is absent. */
    Node node(String key) {
        Node.Entry entry = map.entries().get(key);
        return entry == null ? null : entry.value();
    }

    /** Where the key itself stands, or where the mapping starts when the key is absent. */
    Origin keyOrigin(String key) {
        Node.Entry entry = map.entries().get(key);
        return entry == null ? map.origin() : entry.keyOrigin();
    }

    /** Scalar text as written (numbers keep their spelling); null when absent or blank. */
    String text(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar scalar) {
            return scalar.isNull() ? null : scalar.text();
        }
        problems.add(node.origin(), "\"" + key + "\" 应为文本，这里是" + node.describe());
        return null;
    }

    String requiredText(String key, String what) {
        String value = text(key);
        if (value == null && node(key) == null) {
            problems.add(map.origin(), what + "缺少必填的键 \"" + key + "\"");
        } else if (value == null || value.isBlank()) {
            if (!(node(key) instanceof Node.MapNode) && !(node(key) instanceof Node.ListNode)) {
                problems.add(keyOrigin(key), "\"" + key + "\" 不能为空");
            }
        }
        return value;
    }

    /** An exact decimal amount, written the one way {@link AmountSyntax} allows; null when absent or blank. */
    BigDecimal decimal(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        return decimal(node, "\"" + key + "\"", problems);
    }

    static BigDecimal decimal(Node node, String what, Problems problems) {
        if (node instanceof Node.Scalar scalar) {
            switch (scalar.kind()) {
                case NULL:
                    return null;
                case INTEGER:
                case DECIMAL:
                    String problem = AmountSyntax.problem(scalar.text());
                    if (problem != null) {
                        problems.add(node.origin(), what + " " + problem);
                        return null;
                    }
                    return new BigDecimal(scalar.text());
                case STRING:
                    problems.add(node.origin(), what + " 应为数字（不加引号和单位，如 0.85），这里是"
                            + node.describe());
                    return null;
                default:
                    break;
            }
        }
        problems.add(node.origin(), what + " 应为数字（如 0.85），这里是" + node.describe());
        return null;
    }

    /** A whole number; null when absent or blank. */
    Integer integer(String key) {
        Node node = node(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.INTEGER) {
            // Kept as written, like amounts: "+5" or "012" would otherwise silently become 5 and 12.
            String problem = AmountSyntax.problem(scalar.text());
            if (problem != null) {
                problems.add(node.origin(), "\"" + key + "\" " + problem);
                return null;
            }
            if (scalar.text().length() <= 9) {
                return Integer.valueOf(scalar.text());
            }
        }
        problems.add(node.origin(), "\"" + key + "\" 应为整数，这里是" + node.describe());
        return null;
    }

    /** The items of a list; empty when absent or blank. */
    List<Node> list(String key) {
        Node node = node(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (node instanceof Node.ListNode list) {
            return list.items();
        }
        problems.add(node.origin(), "\"" + key + "\" 应为列表（每项以 \"- \" 开头），这里是" + node.describe());
        return List.of();
    }

    /** A list of non-blank texts, such as goals. */
    List<String> texts(String key) {
        return list(key).stream().map(item -> {
            if (item instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                return scalar.text();
            }
            problems.add(item.origin(), "\"" + key + "\" 的每一项应为非空文本，这里是" + item.describe());
            return null;
        }).filter(t -> t != null).toList();
    }

    /** One of the given values, or null (reported) when it is another. */
    String oneOf(String key, List<String> values) {
        String value = text(key);
        if (value != null && !values.contains(value)) {
            problems.add(node(key).origin(), "\"" + key + "\" 只能是 " + String.join(" 或 ", values)
                    + "，这里是 \"" + Messages.clip(value) + "\"");
            return null;
        }
        return value;
    }
}
