package org.gongkai.load;

import java.util.List;
import org.gongkai.model.SiteConfig;

/** site.yaml → {@link SiteConfig}. */
final class SiteConfigReader {

    static final List<String> KEYS = List.of("title", "description", "base_url", "framework", "footer");

    private SiteConfigReader() {
    }

    static SiteConfig read(Node root, Problems problems) {
        Fields f = Fields.of(root, KEYS, "site.yaml ", problems);
        if (f == null) {
            return null;
        }
        String framework = f.oneOf("framework", List.of("2020", "2021"));
        return new SiteConfig(
                f.requiredText("title", "site.yaml "),
                f.text("description"),
                f.text("base_url"),
                framework != null ? framework : SiteConfig.DEFAULT_FRAMEWORK,
                f.text("footer"));
    }
}
