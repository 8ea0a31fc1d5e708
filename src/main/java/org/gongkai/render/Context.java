package org.gongkai.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Site;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Links;

/** The variables every template gets: the site settings, the way back to the root, the trail. */
final class Context {

    private Context() {
    }

    static Map<String, Object> base(Site site, String path, String title, List<Crumb> crumbs) {
        Map<String, Object> c = new HashMap<>();
        c.put("site", site.config());
        String root = Links.root(path);
        c.put("root", root);
        c.put("path", path);
        c.put("title", title);
        c.put("crumbs", crumbs.stream().map(crumb -> crumb.from(root)).toList());
        c.put("years", site.years());
        c.put("meta", PortalMeta.site(site.config(), path, title));
        BaseUrl base = BaseUrl.of(site.config());
        c.put("canonical", base == null ? null : base.absolute(path));
        c.put("footer", Furniture.markdown(site.config().footer()));
        c.put("contact", Furniture.markdown(site.config().portal().contact()));
        return c;
    }
}
