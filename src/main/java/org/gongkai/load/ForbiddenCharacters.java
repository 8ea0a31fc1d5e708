package org.gongkai.load;

import org.gongkai.model.Origin;

/**
 * Finds the first character YAML does not allow (control characters, U+FFFE, U+FFFF, a lone
 * surrogate) and says where it is. Why not leave it to SnakeYAML: it checks the text a buffer at a
 * time, so it reports such a character at the position it has parsed up to (often 1:1), and
 * whether an earlier syntax error wins depends on where its buffers fall — so the same file
 * loaded differently with LF and with CRLF line ends.
 */
final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /** YAML 1.1's printable set, as SnakeYAML applies it. */
    static boolean allowed(int c) {
        return c >= 0x20 && c <= 0x7E || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** The message for the first forbidden character at its line and column, or null if there is none. */
    static Problem find(String file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                return new Problem(Origin.ofFile(file).at(line, column), String.format(
                        "YAML 语法错误：这里有一个不允许的字符 U+%04X（看不见的控制字符，多由复制粘贴带入），请删去", c));
            }
            i += Character.charCount(c);
            // Lines and columns as the parser counts them: CR, LF, CRLF, U+0085, U+2028 and U+2029
            // end a line, and a column is a code point.
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\r' && (i == text.length() || text.charAt(i) != '\n')) {
                line++;
                column = 1;
            } else if (!(c == 0xFEFF && i == 1)) {
                column++;
            }
        }
        return null;
    }
}
