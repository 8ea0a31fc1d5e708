package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.BaseUrl;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;
import org.gongkai.site.Escape;

/**
 * feed.xml: an Atom feed (RFC 4287) of the disclosures, one entry per department and year, newest
 * 发布日期 first. Atom needs absolute IRIs, so the feed is only built when base_url is set. A
 * department's date is its {@code disclosure.date}, else the site's {@code portal.published}; a
 * disclosure with neither has no date to file it by and is left out of the feed.
 */
public final class AtomFeed implements PageType {

    /** Dates are written as portals print them, in China Standard Time. */
    private static final String ZONE = "+08:00";

    private record Entry(Department department, String updated) {
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        BaseUrl base = BaseUrl.of(site.config());
        if (base == null) {
            return Stream.empty();
        }
        List<Entry> entries = new ArrayList<>();
        site.years().forEach(y -> y.departments().forEach(d -> {
            String date = d.disclosure().date() != null ? d.disclosure().date() : site.config().portal().published();
            if (date != null) {
                entries.add(new Entry(d, rfc3339(date)));
            }
        }));
        // All dates are in one zone and one form, so their text sorts as time does.
        entries.sort(Comparator.comparing(Entry::updated).reversed()
                .thenComparing(e -> e.department().year(), Comparator.reverseOrder())
                .thenComparing(e -> e.department().code()));
        String feedUrl = base.absolute(Routes.FEED.path());
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("<title>").append(Escape.xml(site.config().title())).append("</title>\n")
                .append("<id>").append(Escape.xml(feedUrl)).append("</id>\n")
                .append("<link rel=\"self\" href=\"").append(Escape.xml(feedUrl)).append("\"/>\n")
                .append("<link href=\"").append(Escape.xml(base.absolute(Links.home()))).append("\"/>\n")
                .append("<updated>").append(entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated())
                .append("</updated>\n")
                .append("<author><name>").append(Escape.xml(site.config().title())).append("</name></author>\n");
        for (Entry e : entries) {
            Department d = e.department();
            String url = base.absolute(Links.department(d));
            String title = d.name() + d.year() + "年部门预算绩效目标";
            xml.append("<entry>\n")
                    .append("<title>").append(Escape.xml(title)).append("</title>\n")
                    .append("<id>").append(Escape.xml(url)).append("</id>\n")
                    .append("<link href=\"").append(Escape.xml(url)).append("\"/>\n")
                    .append("<updated>").append(e.updated()).append("</updated>\n")
                    .append("<summary>").append(Escape.xml(title + "，共 " + d.projects().size() + " 个项目"))
                    .append("</summary>\n")
                    .append("</entry>\n");
        }
        xml.append("</feed>\n");
        return Stream.of(new Page(Routes.FEED.path(), xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** "2024-02-15" or "2024-02-15 09:30" (as the loader accepts them) as an RFC 3339 date-time. */
    static String rfc3339(String date) {
        String time = date.length() > 10 ? date.substring(11) : "00:00";
        return date.substring(0, 10) + "T" + time + ":00" + ZONE;
    }
}
