package org.gongkai.load;

import java.util.List;
import org.gongkai.model.Portal;
import org.gongkai.model.SiteConfig;

/** site.yaml → {@link SiteConfig}. */
final class SiteConfigReader {

    static final List<String> KEYS = List.of("title", "description", "base_url", "framework", "footer", "portal");
    static final List<String> PORTAL_KEYS = List.of("site_name", "site_domain", "site_id_code", "column_name",
            "column_description", "column_keywords", "column_type", "content_source", "published");

    private SiteConfigReader() {
    }

    static SiteConfig read(Node root, Problems problems) {
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
                f.text("footer"),
                portal(f, problems));
    }

    private static Portal portal(Fields site, Problems problems) {
        Node node = site.node("portal");
        if (node == null) {
            return Portal.NONE;
        }
        Fields f = Fields.of(node, PORTAL_KEYS, "门户设置（portal）", problems);
        if (f == null) {
            return Portal.NONE;
        }
        return new Portal(f.text("site_name"), f.text("site_domain"), f.text("site_id_code"), f.text("column_name"),
                f.text("column_description"), f.text("column_keywords"), f.text("column_type"),
                f.text("content_source"), Dates.read(f, "published", problems));
    }
}
