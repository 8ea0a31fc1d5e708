package org.gongkai.importer;

/**
 * A source past one of the import's bounds; the message says which, for the file named by
 * whoever catches it. Unchecked so the readers stay plain functions of their input.
 */
final class SourceTooLarge extends RuntimeException {

    /** Paragraphs and table cells of one source file; a 500-project workbook has about 150,000. */
    static final int MAX_CELLS = 250_000;
    /** Columns of one table row; the national forms have at most ten, Word allows 63. */
    static final int MAX_COLUMNS = 256;
    /** Bytes of a text export; a 200-project export is about 1 MB. */
    static final long MAX_TEXT_BYTES = 32L << 20;

    SourceTooLarge(String message) {
        super(message, null, false, false);
    }

    /** Thrown once a source has more than {@link #MAX_CELLS} paragraphs and cells. */
    static void checkCells(long cells) {
        if (cells > MAX_CELLS) {
            throw new SourceTooLarge("段落和表格单元格共有 " + MAX_CELLS + " 个以上，超过上限；绩效目标不会有这么多内容，请检查文件");
        }
    }
}
