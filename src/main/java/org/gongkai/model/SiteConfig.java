package org.gongkai.model;

/** site.yaml: settings that apply to the whole site. Optional values are null when not set. */
public record SiteConfig(String title, String description, String baseUrl, String framework, String footer,
        Portal portal, CheckSettings check, boolean search, DownloadSettings downloads) {

    public static final String DEFAULT_FRAMEWORK = "2020";
    /** Full-text search is on unless site.yaml says {@code search: false}. */
    public static final boolean DEFAULT_SEARCH = true;
}
