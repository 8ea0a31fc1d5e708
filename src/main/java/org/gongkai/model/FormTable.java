package org.gongkai.model;

import java.util.Collections;
import java.util.List;

/**
 * A small table of a form that has no key of its own (实施进度计划, 预算成本构成…): its printed title,
 * column headings and rows of cells, each cell text or null for blank.
 */
public record FormTable(String title, List<String> columns, List<List<String>> rows, Origin origin) {

    public FormTable {
        columns = Collections.unmodifiableList(new java.util.ArrayList<>(columns));
        rows = rows.stream().map(r -> Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
