package org.gongkai.model;

/**
 * site.yaml {@code downloads:}. {@code pageXlsx}: whether each project and department page gets its
 * own Excel workbook beside its CSV and JSON files (the year and site workbooks are always built).
 * {@code projectFiles}: whether each project has files of its own; without them a project page links
 * its department's files, which hold its rows. Every file costs the write stage time, which a site
 * of many thousand projects may rather save.
 */
public record DownloadSettings(boolean pageXlsx, boolean projectFiles) {

    public static final DownloadSettings DEFAULT = new DownloadSettings(true, true);
}
