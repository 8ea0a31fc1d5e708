package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

/**
 * The addresses on other hosts that a site names itself: those of its portal settings (the MIIT
 * and 公安 records, the 党政机关标识 record, the 找错 service, 政务新媒体), its own published address
 * (base_url), and the web links written
 * in its footer, its 联系方式 and its departments' prose. The link stage lets a page link to their
 * hosts and to no other.
 */
public final class NamedLinks {

    private NamedLinks() {
    }

    public static List<String> of(Site site) {
        List<String> links = new ArrayList<>(site.config().portal().namedLinks());
        if (site.config().baseUrl() != null) {
            links.add(site.config().baseUrl()); // the 404 page links home by its published address
        }
        links.addAll(Markdown.webLinks(site.config().footer()));
        links.addAll(Markdown.webLinks(site.config().portal().contact()));
        for (Year y : site.years()) {
            for (Department d : y.departments()) {
                prose(d.overallGoal(), links);
                prose(d.measures(), links);
                for (ItemGoal g : d.itemGoals()) {
                    prose(g.content(), links);
                }
            }
        }
        return links;
    }

    /** Only prose with a link is parsed: most has none, and a large site has thousands. */
    private static void prose(String text, List<String> links) {
        if (text != null && (text.toLowerCase(java.util.Locale.ROOT).contains("http") || text.contains("&"))) {
            links.addAll(Markdown.webLinks(text));
        }
    }
}
