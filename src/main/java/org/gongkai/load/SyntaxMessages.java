package org.gongkai.load;

import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** YAML syntax errors in words a finance officer can act on; the parser's own words stay as a hint. */
final class SyntaxMessages {

    private static final Map<String, String> KNOWN = Map.of(
            "found unexpected end of stream", "文件在引号或括号闭合之前就结束了（是否少了一个引号？）",
            "mapping values are not allowed here", "这里不能出现“键: 值”（缩进不对，或文本中的“: ”需要整段加引号）",
            "could not find expected ':'", "缺少冒号“:”（每个键后面要有冒号和空格）",
            "found character '\\t(TAB)'", "YAML 不能用 Tab 缩进，请改用空格",
            "found undefined tag handle", "无法识别的 YAML 标签（以 ! 开头的内容请加引号）",
            "expected <block end>, but found '<block sequence start>'", "列表的缩进与上文不一致",
            "expected <block end>, but found '<block mapping start>'", "缩进与上文不一致");

    private SyntaxMessages() {
    }

    static String explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (problem.startsWith(known.getKey())) {
                return known.getValue() + "［" + problem + "］";
            }
        }
        String context = e.getContext() == null ? "" : e.getContext().strip() + ": ";
        return context + problem;
    }
}
