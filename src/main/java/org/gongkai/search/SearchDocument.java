package org.gongkai.search;

/**
 * One search result: a department, a project, or one indicator row. {@code title} is what a
 * result is called, {@code context} what is shown under it (for a row: 二级指标 · 指标值 and its
 * project), {@code project} the code of the project whose page it links to (empty for a
 * department: its own page), {@code level} the row's 一级指标 (empty for the others),
 * {@code extra} text that is searched but not shown (codes, purposes, descriptions).
 */
record SearchDocument(char type, String title, String context, String project, String level, String extra) {
}
