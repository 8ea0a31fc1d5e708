package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/** sitemap.html (网站地图): every year, its departments and their projects, as nested lists of relative links. */
public final class SitemapPage implements PageType {

    public static final String PATH = Routes.SITEMAP.path();

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, Object> c = Context.base(site, PATH, "网站地图", List.of(
                new Crumb("首页", Links.home()), new Crumb("网站地图", null)));
        return Stream.of(new Page(PATH, theme.render("sitemap.peb", c)));
    }
}
