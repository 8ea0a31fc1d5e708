package org.gongkai.data;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/** projects.csv, indicators.csv and sources.csv of every project, department, year and of the site. */
public final class CsvFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled()) {
            return Stream.empty();
        }
        Stream<Page> projects = Scopes.projects(site).flatMap(s -> files(
                name -> Tables.of(s.department(), s.project(), name), t -> DataFiles.project(s.department(), s.project(), t)));
        Stream<Page> departments = Scopes.departments(site).flatMap(d ->
                files(name -> Tables.of(List.of(d), name), t -> DataFiles.department(d, t)));
        Stream<Page> bulk = Scopes.madeBulk(site).flatMap(b -> DataFiles.TABLES.stream().map(b::csv));
        // Listed first (each file is made only when written), then written on every core.
        return Stream.of(projects, departments, bulk).flatMap(s -> s).toList().parallelStream();
    }

    /** The three CSV files of a scope; each makes its own table, and only that, when it is written. */
    private static Stream<Page> files(Function<String, Table> table, Function<String, String> path) {
        return DataFiles.TABLES.stream().map(name -> Page.streamed(path.apply(DataFiles.csv(name)),
                out -> Csv.write(table.apply(name), out)));
    }
}
