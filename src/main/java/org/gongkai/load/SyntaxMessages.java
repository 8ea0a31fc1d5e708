package org.gongkai.load;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML syntax errors in words a finance officer can act on, at the line to fix. The parser often
 * notices a mistake a line later than it is (a key written with a full-width colon {@code 名称：}
 * is only found wrong at the next key), so the usual causes of Chinese typing are looked for
 * first: a full-width colon after a key, full-width quotes taken for quotes.
 */
public final class SyntaxMessages {

    /** Where to point and what to say. Lines and columns count from 1. */
    public record Explained(int line, int column, String message) {
    }

    /** A key (or a list item's key) followed by a full-width colon: {@code   - name：次数}. */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z_][A-Za-z0-9_]*|\\d+)\\s*：");
    private static final Pattern FULL_WIDTH_QUOTE = Pattern.compile("[“”‘’]");

    /** The parser's problems, by how they start, in the order they are tried. */
    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("found unexpected end of stream", "文件在引号或括号闭合之前就结束了（是否少了一个引号？）"),
            Map.entry("mapping values are not allowed here", "这里不能出现“键: 值”（缩进不对，或文本中的“: ”需要整段加引号）"),
            Map.entry("could not find expected ':'", "缺少冒号“:”（每个键后面要有半角冒号和空格）"),
            Map.entry("found character '\\t(TAB)'", "YAML 不能用 Tab 缩进，请改用空格"),
            Map.entry("found character '@'", "“@”不能作为一段文字的开头，请给整段文字加引号"),
            Map.entry("found character '`'", "“`”不能作为一段文字的开头，请给整段文字加引号"),
            Map.entry("found character", "这个字符不能作为一段文字的开头，请给整段文字加引号"),
            Map.entry("found undefined tag handle", "无法识别的 YAML 标签（以 ! 开头的内容请加引号）"),
            Map.entry("found unknown escape character", "双引号里的反斜杠“\\”后面不是有效的转义（请写成两个反斜杠，或改用单引号）"),
            Map.entry("expected <block end>, but found '<block sequence start>'", "列表的缩进与上文不一致"),
            Map.entry("expected <block end>, but found '-'", "列表的缩进与上文不一致"),
            Map.entry("expected <block end>", "缩进与上文不一致"),
            Map.entry("did not find expected key", "缩进与上文不一致（这一行不是上面那组键的一部分）"),
            Map.entry("did not find expected '-' indicator", "列表项的缩进与上文不一致"),
            Map.entry("did not find expected ',' or ']'", "方括号“[ ]”没有配对（以 [ 开头的文字请整段加引号）"),
            Map.entry("did not find expected ',' or '}'", "花括号“{ }”没有配对（以 { 开头的文字请整段加引号）"),
            Map.entry("expected ',' or ']'", "方括号“[ ]”没有配对（以 [ 开头的文字请整段加引号）"),
            Map.entry("expected ',' or '}'", "花括号“{ }”没有配对（以 { 开头的文字请整段加引号）"),
            Map.entry("expected alphabetic or numeric character", "“&”或“*”后面缺少名字（以它们开头的文字请加引号）"),
            Map.entry("expected chomping or indentation indicators", "“|”或“>”后面只能写 +、- 或数字（以它们开头的文字请加引号）"),
            Map.entry("found a tab character", "YAML 不能用 Tab 缩进，请改用空格"),
            Map.entry("expected a comment or a line break", "这里只能是注释或换行（以引号开头的文字，结束引号之后不能再写别的）"));

    private SyntaxMessages() {
    }

    /** The line, column and Chinese message for a syntax error in {@code text}. */
    public static Explained explain(String text, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int problemLine = at == null ? 0 : at.getLine();
        String[] lines = text.split("\r?\n", -1);

        // A key written with a full-width colon, on the line the parser stopped at or above it.
        for (int i = 0; i <= Math.min(problemLine, lines.length - 1); i++) {
            Matcher m = FULL_WIDTH_COLON.matcher(lines[i]);
            if (m.find() && !lines[i].substring(0, m.end()).contains(":")) {
                return new Explained(i + 1, m.end(),
                        "键 \"" + m.group(2) + "\" 后面是全角冒号“：”，请改成半角冒号和空格“: ”");
            }
        }
        // Full-width quotes are text to YAML: a ": " inside them still splits the line.
        if (problem.startsWith("mapping values are not allowed here") && at != null && problemLine < lines.length) {
            String line = lines[problemLine];
            Matcher q = FULL_WIDTH_QUOTE.matcher(line);
            if (q.find() && q.start() < at.getColumn()) {
                return new Explained(problemLine + 1, q.start() + 1,
                        "全角引号“" + q.group() + "”在 YAML 里不算引号，其中的“: ”被当作键和值的分隔；"
                                + "请用半角引号 \"…\" 把整段文字括起来（全角引号可以留在里面）");
            }
        }
        // An opening quote never closed: point at the quote, not at the end of the file.
        if (problem.startsWith("found unexpected end of stream") && e.getContext() != null
                && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
            Mark open = e.getContextMark();
            return new Explained(open.getLine() + 1, open.getColumn() + 1, "引号没有闭合：从这里开始的引号直到文件末尾都没有结束引号");
        }
        for (Map.Entry<String, String> known : KNOWN) {
            if (problem.startsWith(known.getKey())) {
                return new Explained(problemLine + 1, at == null ? 1 : at.getColumn() + 1, known.getValue());
            }
        }
        return new Explained(problemLine + 1, at == null ? 1 : at.getColumn() + 1, "无法解析这里（请检查缩进、冒号和引号）");
    }
}
