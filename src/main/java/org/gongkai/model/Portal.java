package org.gongkai.model;

import java.util.List;

/**
 * site.yaml {@code portal:}: what government-portal harvesters read from every page's meta tags
 * (SiteName, SiteDomain, SiteIDCode, Column…, ContentSource, PubDate, Author, Image), and the
 * furniture every government site shows at the foot of its pages (主办单位, 承办单位, 联系方式,
 * 网站标识码, ICP备案号, 公安备案号, 党政机关标识, 我为政府网站找错, 政务新媒体). Unset values are null.
 * {@code governmentMark} and {@code image} are paths of files in the site's {@code assets/} folder.
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
        String published,
        String author,
        String image,
        String sponsor,
        String organizer,
        String contact,
        String icp,
        String policeRecord,
        String governmentMark,
        String governmentMarkLink,
        String errorReport,
        List<NamedLink> newMedia) {

    /** Where an ICP record is looked up (工业和信息化部 ICP/IP地址/域名信息备案管理系统). */
    public static final String ICP_SITE = "https://beian.miit.gov.cn/";
    /** Where a 公安 record is looked up, by its number (全国互联网安全管理服务平台). */
    public static final String POLICE_SITE = "https://beian.mps.gov.cn/#/query/webSearch?code=";

    public static final Portal NONE = new Portal(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, List.of());

    public Portal {
        newMedia = List.copyOf(newMedia);
    }

    /** A link the settings name: 政务新媒体 accounts. */
    public record NamedLink(String name, String url) {
    }

    /** Where the ICP record is looked up, or null when none is set. */
    public String icpUrl() {
        return icp == null ? null : ICP_SITE;
    }

    /** The 公安备案 number inside the record text ("冀公网安备 13028102000123号" → 13028102000123), or null. */
    public String policeRecordNumber() {
        if (policeRecord == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{6,}").matcher(policeRecord);
        return m.find() ? m.group() : null;
    }

    /** The record's page on the 公安 site, or null when no record is set. */
    public String policeRecordUrl() {
        String number = policeRecordNumber();
        return number == null ? null : POLICE_SITE + number;
    }

    /** The addresses on other hosts that these settings link to (footer Markdown aside), in settings order. */
    public List<String> namedLinks() {
        List<String> links = new java.util.ArrayList<>();
        if (icp != null) {
            links.add(ICP_SITE);
        }
        if (policeRecordUrl() != null) {
            links.add(policeRecordUrl());
        }
        if (governmentMarkLink != null) {
            links.add(governmentMarkLink);
        }
        if (errorReport != null) {
            links.add(errorReport);
        }
        newMedia.forEach(m -> links.add(m.url()));
        return links;
    }

    /** The 党政机关标识 as a file of the site's assets ("dzjg.png" for assets/dzjg.png), or null. */
    public String governmentMarkAsset() {
        return asset(governmentMark);
    }

    /** The Image meta tag's picture as a file of the site's assets, or null. */
    public String imageAsset() {
        return asset(image);
    }

    private static String asset(String path) {
        return path == null ? null : path.substring(path.indexOf('/') + 1);
    }

    /** True when the footer has any furniture to show. */
    public boolean hasFurniture() {
        return sponsor != null || organizer != null || contact != null || siteIdCode != null || icp != null
                || policeRecord != null || governmentMark != null || errorReport != null || !newMedia.isEmpty();
    }
}
