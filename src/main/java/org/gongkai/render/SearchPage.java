package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * search/index.html: the results page. It reads the query from its address
 * (search/index.html?q=科技馆&year=2023), so results can be shared; the work is done in the
 * browser by assets/search.js over the index files. Without scripts it says so and leads to
 * the department lists.
 */
public final class SearchPage implements PageType {

    public static final String PATH = Routes.SEARCH.path();

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, Object> c = Context.base(site, PATH, "搜索", List.of(new Crumb("首页", Links.home()), new Crumb("搜索", null)));
        return Stream.of(new Page(PATH, theme.render("search.peb", c)));
    }
}
