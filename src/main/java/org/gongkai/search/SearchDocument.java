package org.gongkai.search;

/**
 * One search result: a department, a project, or one indicator row. {@code title} is what a
 * result is called, {@code context} what is shown under it (for a row: 三级指标 · 指标值 and its
 * project), {@code level} the row's 一级指标 (empty for the others).
 */
record SearchDocument(char type, String title, String context, String url, String level, String extra) {

    /** All the text that is searched: title and context, plus text not shown (codes, descriptions). */
    String text() {
        return title + "\n" + context + "\n" + extra;
    }
}
