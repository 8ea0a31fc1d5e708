package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.site.Links;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;
import org.gongkai.site.Escape;

/**
 * sitemap.xml (sitemaps.org protocol) and robots.txt pointing at it. Both need absolute addresses,
 * so they are only built when site.yaml sets base_url; the portal-setting check says so otherwise.
 */
public final class CrawlerFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        BaseUrl base = BaseUrl.of(site.config());
        if (base == null) {
            return Stream.empty();
        }
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths(site)) {
            xml.append("<url><loc>").append(Escape.xml(base.absolute(path))).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\nSitemap: " + base.absolute(Routes.SITEMAP_XML.path()) + "\n";
        return Stream.of(new Page(Routes.SITEMAP_XML.path(), xml.toString().getBytes(StandardCharsets.UTF_8)),
                new Page(Routes.ROBOTS.path(), robots.getBytes(StandardCharsets.UTF_8)));
    }

    /** The pages a crawler should know: home, 网站地图, every year, department and project. */
    static List<String> paths(Site site) {
        List<String> paths = new ArrayList<>();
        paths.add(Links.home());
        paths.add(Routes.SITEMAP.path());
        for (Year y : site.years()) {
            paths.add(Links.year(y.year()));
            for (Department d : y.departments()) {
                paths.add(Links.department(d));
                for (Project p : d.projects()) {
                    paths.add(Links.project(d, p));
                }
            }
        }
        return paths;
    }
}
