package org.gongkai.render;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * 404.html: the page a server shows for a missing address at any depth, so a relative link in it
 * would lead nowhere. It loads nothing (no stylesheet, no script, nothing inline the CSP forbids)
 * and links to the site's home by its absolute address only when base_url gives one.
 */
public final class NotFoundPage implements PageType {

    public static final String PATH = Routes.NOT_FOUND.path();

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, Object> c = new HashMap<>();
        c.put("site", site.config());
        BaseUrl base = BaseUrl.of(site.config());
        c.put("homeUrl", base == null ? null : base.absolute(Links.home()));
        return Stream.of(new Page(PATH, theme.render("404.peb", c)));
    }
}
