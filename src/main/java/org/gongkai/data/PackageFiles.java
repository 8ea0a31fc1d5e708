package org.gongkai.data;

import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/** datapackage.json beside the bulk files of every year and of the site. */
public final class PackageFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        // The descriptor needs the columns only, which empty tables have.
        java.util.List<Table> columns = Tables.of(java.util.List.of());
        return Scopes.bulkScopes(site).map(year ->
                new Page(DataFiles.bulk(year, DataFiles.PACKAGE), DataPackage.of(site.config(), year, columns)));
    }
}
