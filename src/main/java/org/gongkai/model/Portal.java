package org.gongkai.model;

/**
 * site.yaml {@code portal:}: what government-portal harvesters read from every page's meta tags
 * (SiteName, SiteDomain, SiteIDCode, Column…, ContentSource, PubDate). Unset values are null.
 */
public record Portal(
        String siteName,
        String siteDomain,
        String siteIdCode,
        String columnName,
        String columnDescription,
        String columnKeywords,
        String columnType,
        String contentSource,
        String published) {

    public static final Portal NONE = new Portal(null, null, null, null, null, null, null, null, null);
}
