package org.gongkai.model;

/**
 * site.yaml {@code downloads:}: whether each project and department page gets its own Excel workbook
 * beside its CSV and JSON files (the year and site workbooks are always built). A workbook a page
 * costs about a millisecond, which a site of many thousand projects may rather save.
 */
public record DownloadSettings(boolean pageXlsx) {

    public static final DownloadSettings DEFAULT = new DownloadSettings(true);
}
