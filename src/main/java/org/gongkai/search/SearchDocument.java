package org.gongkai.search;

import java.util.List;

/**
 * One search result: a department, a project, or one indicator row. {@code title} is what a
 * result is called, {@code context} the parts of what is shown under it, joined with
 * {@link SearchIndex#PART} (for a row: 二级指标, 指标值 and its project), {@code project} the
 * code of the project whose page it links to (empty for a department: its own page),
 * {@code level} the row's 一级指标 (empty for the others), {@code extra} text that is searched
 * but not shown (codes, purposes, descriptions).
 */
record SearchDocument(char type, String title, List<String> context, String project, String level, String extra) {

    /** The context as shown. */
    String shownContext() {
        return String.join(SearchIndex.PART, context);
    }
}
