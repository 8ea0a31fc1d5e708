package org.gongkai.diagnostic;

import org.gongkai.check.Grade;

/**
 * One thing the tool tells the user about a file: a load problem, a check finding, an import
 * finding, a broken link or a template error, each converted to this by its own
 * {@code diagnostic()} and printed by {@link DiagnosticPrinter}.
 *
 * @param file     the file, relative to the site folder (or the source document's name)
 * @param line     1-based line, 0 when the whole file is meant
 * @param column   1-based column, 0 when unknown
 * @param place    where in a file without lines, in its own words ("第 532 行", "表 2 第 3 行第 4 列",
 *                 "Sheet1!B3"); null for files read by line and column
 * @param grade    how serious
 * @param rule     the check rule that found it; null for the mistakes that stop the tool outright
 * @param message  what is wrong, in Chinese
 * @param silenced why the content silences it, or null
 */
public record Diagnostic(String file, int line, int column, String place, Grade grade, String rule, String message,
        String silenced) {

    /** A mistake at a line and column that no rule names: it stops the tool outright. */
    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, null, Grade.ERROR, null, message, null);
    }

    @Override
    public String toString() {
        return DiagnosticPrinter.line(this);
    }
}
