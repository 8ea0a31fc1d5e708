package org.gongkai.load;

import org.gongkai.render.Markdown;

/**
 * A Markdown text of a content or settings file. Each link the renderer would not publish is
 * reported at the value, with its line within a text of several lines; the renderer's own parse
 * finds them ({@link Markdown#unsafeLinks}), so the loader and the renderer cannot disagree.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Prose: paragraphs, lists, emphasis, links. */
    static String read(Fields f, String key, Problems problems) {
        String text = f.text(key);
        for (Markdown.UnsafeLink link : Markdown.unsafeLinks(text)) {
            problems.add(f.node(key).origin(), "\"" + key + "\"" + line(text, link.offset())
                    + "中的链接 \"" + Messages.clip(link.target()) + "\" 不能发布：链接只能指向站内的相对地址，"
                    + "或 http、https、mailto、tel 地址");
        }
        return text;
    }


    private static String line(String text, int offset) {
        String before = text.substring(0, offset);
        int line = before.length() - before.replace("\n", "").length() + 1;
        return text.strip().contains("\n") ? "（第 " + line + " 行）" : "";
    }
}
