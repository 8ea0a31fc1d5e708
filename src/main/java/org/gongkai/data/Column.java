package org.gongkai.data;

/**
 * One column of a data table: its stable English key (the JSON key and the Table Schema field name),
 * its Chinese heading (the CSV and Excel header), and its Table Schema type: string, integer, or number
 * for amounts and percentages, which are written as the decimal text that was disclosed.
 */
public record Column(String key, String title, String type, String description) {

    static Column text(String key, String title, String description) {
        return new Column(key, title, "string", description);
    }

    static Column integer(String key, String title, String description) {
        return new Column(key, title, "integer", description);
    }

    static Column number(String key, String title, String description) {
        return new Column(key, title, "number", description);
    }

    /** Whether the cells are numbers (written as decimal text, never as floating point). */
    public boolean numeric() {
        return !type.equals("string");
    }
}
