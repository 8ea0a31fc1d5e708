package org.gongkai.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/**
 * The site's bulk files (data/projects.csv …) of a site of one year: the same tables as that year's,
 * the same departments in the same order, so the same bytes. They are copied from the year's files,
 * which the data types before this one have written, instead of being made twice (at 10,000
 * projects, 90 MB). A site of several years has bulk files of its own, made with the years'.
 */
public final class SiteBulkCopies implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled() || site.years().size() != 1) {
            return Stream.empty();
        }
        List<Scopes.Bulk> scopes = Scopes.bulk(site).toList();
        Scopes.Bulk year = scopes.get(0);
        Scopes.Bulk whole = scopes.get(1);
        List<Page> copies = new ArrayList<>();
        for (String name : DataFiles.TABLES) {
            copies.add(copy(whole.csv(name), year.csv(name)));
            copies.add(copy(whole.json(name), year.json(name)));
        }
        copies.add(copy(whole.xlsx(), year.xlsx()));
        return copies.stream();
    }

    private static Page copy(Page file, Page source) {
        return Page.copy(file.path(), source.path(), file.body());
    }
}
