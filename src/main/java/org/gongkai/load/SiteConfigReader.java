package org.gongkai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.model.DownloadSettings;
import org.gongkai.model.CheckSettings;
import org.gongkai.model.Portal;
import org.gongkai.model.SiteConfig;

/** site.yaml → {@link SiteConfig}. */
final class SiteConfigReader {

    static final List<String> KEYS = List.of("title", "description", "base_url", "framework", "footer", "portal", "check", "search", "downloads");
    static final List<String> CHECK_KEYS = List.of("rules", "report_page");
    static final List<String> GRADES = List.of("off", "error", "warning", "notice");
    static final List<String> PORTAL_KEYS = List.of("site_name", "site_domain", "site_id_code", "column_name",
            "column_description", "column_keywords", "column_type", "content_source", "published", "author", "image",
            "sponsor", "organizer", "contact", "icp", "police_record", "government_mark", "government_mark_link",
            "error_report", "new_media");
    static final List<String> NEW_MEDIA_KEYS = List.of("name", "url");

    private SiteConfigReader() {
    }

    /** {@code siteDir}: the site folder, where the images the settings name must be. */
    static SiteConfig read(Node root, Path siteDir, Problems problems) {
        Fields f = Fields.of(root, KEYS, "site.yaml ", problems);
        if (f == null) {
            return null;
        }
        String framework = f.oneOf("framework", List.of("2020", "2021"));
        String baseUrl = f.text("base_url");
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            problems.add(f.node("base_url").origin(), "\"base_url\" 应为完整的网址（以 http:// 或 https:// 开头），这里是 \""
                    + Messages.clip(baseUrl) + "\"");
        }
        return new SiteConfig(
                f.requiredText("title", "site.yaml "),
                f.text("description"),
                baseUrl,
                framework != null ? framework : SiteConfig.DEFAULT_FRAMEWORK,
                MarkdownText.read(f, "footer", problems),
                portal(f, siteDir, problems), check(f, problems), flag(f, "search", SiteConfig.DEFAULT_SEARCH, problems),
                downloads(f, problems));
    }

    private static DownloadSettings downloads(Fields site, Problems problems) {
        Node node = site.node("downloads");
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return DownloadSettings.DEFAULT;
        }
        if (node instanceof Node.Scalar) { // downloads: true / false
            return flag(site, "downloads", false, problems) ? DownloadSettings.ALL : DownloadSettings.DEFAULT;
        }
        Fields f = Fields.of(node, List.of("page_xlsx", "project_files"), "下载数据设置（downloads）", problems);
        if (f == null) {
            return DownloadSettings.DEFAULT;
        }
        return new DownloadSettings(true, flag(f, "page_xlsx", DownloadSettings.ALL.pageXlsx(), problems),
                flag(f, "project_files", DownloadSettings.ALL.projectFiles(), problems));
    }

    /** A true/false key: {@code otherwise} when it is missing or blank. */
    private static boolean flag(Fields f, String key, boolean otherwise, Problems problems) {
        Node node = f.node(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return otherwise;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase());
        }
        problems.add(node.origin(), "\"" + key + "\" 应为 true 或 false，这里是" + node.describe());
        return false;
    }

    private static CheckSettings check(Fields site, Problems problems) {
        Node node = site.node("check");
        if (node == null) {
            return CheckSettings.DEFAULT;
        }
        Fields f = Fields.of(node, CHECK_KEYS, "检查设置（check）", problems);
        if (f == null) {
            return CheckSettings.DEFAULT;
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Node list = f.node("rules");
        if (list instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries().values()) {
                String grade = e.value() instanceof Node.Scalar sc && !sc.isNull() ? sc.text() : "";
                if (!GRADES.contains(grade)) {
                    problems.add(e.value().origin(), "规则 \"" + e.key() + "\" 的设置只能是 off、error、warning 或 notice，这里是 \""
                            + Messages.clip(grade) + "\"");
                } else {
                    rules.put(e.key(), grade);
                }
            }
        } else if (list != null && !(list instanceof Node.Scalar sc && sc.isNull())) {
            problems.add(list.origin(), "\"rules\" 应为 规则: 设置 的映射（如 unit-hint: off），这里是" + list.describe());
        }
        Node report = f.node("report_page");
        boolean reportPage = false;
        if (report instanceof Node.Scalar sc && sc.kind() == Node.Scalar.Kind.BOOLEAN) {
            reportPage = Boolean.parseBoolean(sc.text().toLowerCase());
        } else if (report != null && !(report instanceof Node.Scalar sc2 && sc2.isNull())) {
            problems.add(report.origin(), "\"report_page\" 应为 true 或 false，这里是" + report.describe());
        }
        return new CheckSettings(rules, reportPage);
    }

    private static Portal portal(Fields site, Path siteDir, Problems problems) {
        Node node = site.node("portal");
        if (node == null) {
            return Portal.NONE;
        }
        Fields f = Fields.of(node, PORTAL_KEYS, "门户设置（portal）", problems);
        if (f == null) {
            return Portal.NONE;
        }
        String policeRecord = f.text("police_record");
        if (policeRecord != null && !policeRecord.matches(".*\\d{6,}.*")) {
            problems.add(f.node("police_record").origin(), "\"police_record\" 应含公安备案编号（如 冀公网安备 13028102000123号），"
                    + "页脚用它链接到备案信息，这里是 \"" + Messages.clip(policeRecord) + "\"");
        }
        return new Portal(f.text("site_name"), f.text("site_domain"), f.text("site_id_code"), f.text("column_name"),
                f.text("column_description"), f.text("column_keywords"), f.text("column_type"),
                f.text("content_source"), Dates.read(f, "published", problems), f.text("author"),
                SiteImage.read(f, "image", siteDir, problems), f.text("sponsor"), f.text("organizer"),
                MarkdownText.read(f, "contact", problems), f.text("icp"), policeRecord,
                SiteImage.read(f, "government_mark", siteDir, problems), url(f, "government_mark_link", problems),
                url(f, "error_report", problems), newMedia(f, problems));
    }

    /** 政务新媒体: a list of name and address. */
    private static List<Portal.NamedLink> newMedia(Fields portal, Problems problems) {
        List<Portal.NamedLink> links = new ArrayList<>();
        for (Node item : portal.list("new_media")) {
            Fields f = Fields.of(item, NEW_MEDIA_KEYS, "政务新媒体（new_media）的一项", problems);
            if (f != null) {
                String name = f.requiredText("name", "政务新媒体（new_media）的一项");
                String url = f.has("url") ? url(f, "url", problems) : null;
                if (!f.has("url")) {
                    f.requiredText("url", "政务新媒体（new_media）的一项");
                }
                if (name != null && url != null) {
                    links.add(new Portal.NamedLink(name, url));
                }
            }
        }
        return links;
    }

    /** An address on another site that a page links to: http or https, nothing else. */
    private static String url(Fields f, String key, Problems problems) {
        String url = f.text(key);
        if (url != null && !url.matches("https?://[^\\s/?#]+[^\\s]*")) {
            problems.add(f.node(key).origin(), "\"" + key + "\" 应为完整的网址（以 http:// 或 https:// 开头），这里是 \""
                    + Messages.clip(url) + "\"");
            return null;
        }
        return url;
    }
}
