package org.gongkai.importer;

import java.util.List;

/**
 * What every source format is read into: paragraphs and tables in document order, each with its
 * location, so one {@link DisclosureReader} serves text, Word and Excel alike.
 */
public sealed interface Block permits Block.Paragraph, Block.Table {

    /** A paragraph outside tables; its text is trimmed and an export's bookmark marks removed. */
    record Paragraph(Cell cell) implements Block {
        public Paragraph(String text, String where) {
            this(new Cell(text, where));
        }

        public String text() {
            return cell.text();
        }
    }

    /** A table: rows of cells. */
    record Table(List<List<Cell>> rows, String where) implements Block {
    }
}
