package org.gongkai.data;

import java.util.List;

/**
 * One table of the downloads (projects, indicator rows, fund sources): its file name stem, its Chinese
 * title (the Excel sheet), its columns, and its rows of cells. A cell is the text as disclosed, a number
 * as its exact decimal text, or null for a blank cell, which every format writes as blank.
 *
 * <p>The rows are a list, or, for a year's or the whole site's table ({@link Tables#streamed}), made
 * a department at a time each time they are read, so that such a table is never whole in memory.
 */
public record Table(String name, String title, String description, List<Column> columns,
        Iterable<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        if (rows instanceof List<List<String>> list) {
            rows = List.copyOf(list);
        }
    }
}
