package org.gongkai.data;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/** datapackage.json beside the bulk files of every year and of the site. */
public final class PackageFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled()) {
            return Stream.empty();
        }
        // The descriptor needs the columns only, which empty tables have.
        List<Table> columns = Tables.of(List.of());
        return Scopes.bulk(site).map(b ->
                new Page(b.path(DataFiles.PACKAGE), DataPackage.of(site.config(), b.year(), columns)));
    }
}
