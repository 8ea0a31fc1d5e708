package org.gongkai.importer;

/**
 * One table cell of a source document, with where it was found. Cells of a merged range after
 * its first are kept as copies, so every row keeps its columns in place: {@link Merge#FROM_ABOVE}
 * (vertical, the "same as above" of a 一级指标 cell) or {@link Merge#FROM_LEFT} (horizontal).
 */
public final class Cell {

    public enum Merge { NONE, FROM_ABOVE, FROM_LEFT }

    private final String text;
    private final String where;
    private final Merge merge;
    private boolean used;

    public Cell(String text, String where, Merge merge) {
        this.text = text;
        this.where = where;
        this.merge = merge;
    }

    public Cell(String text, String where) {
        this(text, where, Merge.NONE);
    }

    /** The cell's text, each paragraph trimmed at its ends, paragraphs joined by line breaks. */
    public String text() {
        return text;
    }

    public String where() {
        return where;
    }

    public Merge merge() {
        return merge;
    }

    /** Blank, or a copy of a merged range: nothing of its own to import. */
    public boolean isBlank() {
        return merge != Merge.NONE || text.isBlank();
    }

    boolean used() {
        return used;
    }

    void use() {
        used = true;
    }
}
