package org.gongkai.site;

import java.net.URI;
import org.gongkai.model.SiteConfig;

/** site.yaml {@code base_url}: turns a path of the output into the absolute address crawlers and feeds need. */
public final class BaseUrl {

    private final String base;

    private BaseUrl(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The site's base address, or null when base_url is not set. */
    public static BaseUrl of(SiteConfig config) {
        return config.baseUrl() == null || config.baseUrl().isBlank() ? null : new BaseUrl(config.baseUrl().strip());
    }

    /** The absolute address of {@code path}, a path relative to the output root. */
    public String absolute(String path) {
        return base + path;
    }

    /** The path part of the base, ending in "/": what a page served at any depth can reach the root by. */
    public String rootPath() {
        String p = URI.create(base).getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
