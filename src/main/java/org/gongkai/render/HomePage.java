package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.chart.Charts;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/** index.html: every year, newest first, each with its departments, project counts and totals. */
public final class HomePage implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        String path = Links.home();
        Map<String, Object> c = Context.base(site, path, site.config().title(), List.of(new Crumb("首页", null)));
        c.put("previousYears", Comparisons.previousYears(site));
        c.put("yearTotals", site.years().stream().collect(java.util.stream.Collectors.toMap(
                y -> y.year(), Charts::totals)));
        c.put("charts", Charts.years(site.years()));
        c.put("downloads", site.config().downloads().enabled()
                ? org.gongkai.data.Downloads.bulk(null, (String) c.get("root")) : List.of());
        return Stream.of(new Page(path, theme.render("home.peb", c)));
    }
}
