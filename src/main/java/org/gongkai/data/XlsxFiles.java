package org.gongkai.data;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/** data.xlsx, the three tables as sheets, of every project, department, year and of the site. */
public final class XlsxFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Stream<Page> projects = Scopes.projects(site).parallel().map(s ->
                new Page(DataFiles.project(s.department(), s.project(), DataFiles.XLSX), Xlsx.of(s.tables())));
        Stream<Page> departments = Scopes.departments(site).parallel().map(d ->
                new Page(DataFiles.department(d, DataFiles.XLSX), Xlsx.of(Tables.of(List.of(d)))));
        List<Page> bulk = Scopes.bulk(site).stream()
                .map(b -> new Page(b.path(DataFiles.XLSX), Xlsx.of(b.tables()))).toList();
        return Stream.concat(Stream.concat(projects, departments), bulk.stream());
    }
}
