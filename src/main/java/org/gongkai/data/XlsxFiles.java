package org.gongkai.data;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/**
 * data.xlsx, the three tables as sheets, of every year and of the site, and of every project and
 * department unless site.yaml says {@code downloads: page_xlsx: false}.
 */
public final class XlsxFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled()) {
            return Stream.empty();
        }
        if (!site.config().downloads().pageXlsx()) { // then neither project nor department workbooks
            return Scopes.madeBulk(site).map(Scopes.Bulk::xlsx);
        }
        Stream<Page> projects = Scopes.projects(site).map(s -> Page.streamed(
                DataFiles.project(s.department(), s.project(), DataFiles.XLSX), out -> Xlsx.write(s.tables(), out)));
        Stream<Page> departments = Scopes.departments(site).map(d -> Page.streamed(
                DataFiles.department(d, DataFiles.XLSX), out -> Xlsx.write(Tables.of(List.of(d)), out)));
        Stream<Page> bulk = Scopes.madeBulk(site).map(Scopes.Bulk::xlsx);
        // Listed first (each file is made only when written), then written on every core.
        return Stream.of(projects, departments, bulk).flatMap(s -> s).toList().parallelStream();
    }
}
