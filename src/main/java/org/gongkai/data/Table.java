package org.gongkai.data;

import java.util.List;

/**
 * One table of the downloads (projects, indicator rows, fund sources): its file name stem, its Chinese
 * title (the Excel sheet), its columns, and its rows of cells. A cell is the text as disclosed, a number
 * as its exact decimal text, or null for a blank cell, which every format writes as blank.
 */
public record Table(String name, String title, String description, List<Column> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
