package org.gongkai.model;

/**
 * Where something was read: a file relative to the site folder, and a 1-based line and column.
 * Every loaded record carries one, so any message can point the finance officer at the cell.
 */
public record Origin(String file, int line, int column) {

    public static Origin ofFile(String file) {
        return new Origin(file, 0, 0);
    }

    public Origin at(int line, int column) {
        return new Origin(file, line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
