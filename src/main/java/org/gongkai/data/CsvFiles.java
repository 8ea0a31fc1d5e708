package org.gongkai.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/** projects.csv, indicators.csv and sources.csv of every project, department, year and of the site. */
public final class CsvFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Stream<Page> projects = Scopes.projects(site).parallel().flatMap(s ->
                pages(s.tables(), t -> DataFiles.project(s.department(), s.project(), t)));
        Stream<Page> departments = Scopes.departments(site).parallel().flatMap(d ->
                pages(Tables.of(List.of(d)), t -> DataFiles.department(d, t)));
        List<Page> bulk = new ArrayList<>();
        for (Scopes.Bulk b : Scopes.bulk(site)) {
            pages(b.tables(), b::path).forEach(bulk::add);
        }
        return Stream.concat(Stream.concat(projects, departments), bulk.stream());
    }

    private static Stream<Page> pages(List<Table> tables, java.util.function.Function<String, String> path) {
        return tables.stream().map(t -> new Page(path.apply(DataFiles.csv(t.name())), Csv.of(t)));
    }
}
