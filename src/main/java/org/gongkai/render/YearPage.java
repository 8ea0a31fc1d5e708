package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.chart.Charts;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/** &lt;year&gt;/index.html: the departments that disclosed for that year. */
public final class YearPage implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<Integer, Integer> previous = Comparisons.previousYears(site);
        return site.years().stream().map(year -> {
            String path = Links.year(year.year());
            String title = year.year() + "年部门预算绩效目标";
            Map<String, Object> c = Context.base(site, path, title, List.of(
                    new Crumb("首页", Links.home()), new Crumb(year.year() + "年", null)));
            c.put("year", year);
            c.put("previousYear", previous.get(year.year()));
            c.put("totals", Charts.totals(year));
            c.put("charts", Charts.departments(year));
            c.put("downloads", site.config().downloads().enabled()
                    ? org.gongkai.data.Downloads.bulk(year.year(), (String) c.get("root")) : List.of());
            return new Page(path, theme.render("year.peb", c));
        });
    }
}
