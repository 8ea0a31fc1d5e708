package org.gongkai.model;

/**
 * site.yaml {@code downloads:}. {@code enabled}: whether the site offers its data as files at all
 * ({@code downloads: true}, or the mapping below); off when site.yaml does not say, since the files
 * multiply what a build writes (see docs/data.md). {@code pageXlsx}: whether each project and department page gets its
 * own Excel workbook beside its CSV and JSON files (the year and site workbooks are always built).
 * {@code projectFiles}: whether each project has files of its own; without them a project page links
 * its department's files, which hold its rows. Every file costs the write stage time, which a site
 * of many thousand projects may rather save.
 */
public record DownloadSettings(boolean enabled, boolean pageXlsx, boolean projectFiles) {

    /** No data files: what a site.yaml without {@code downloads} gets. */
    public static final DownloadSettings DEFAULT = new DownloadSettings(false, true, true);
    /** {@code downloads: true}: every file on every page. */
    public static final DownloadSettings ALL = new DownloadSettings(true, true, true);
}
