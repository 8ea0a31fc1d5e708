package org.gongkai.data;

import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/**
 * data.json of every project and department (the whole record, {@link RecordJson}); projects.json,
 * indicators.json and sources.json of every year and of the site (the tables, {@link Json#write}).
 */
public final class JsonFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled()) {
            return Stream.empty();
        }
        Stream<Page> projects = Scopes.projects(site).map(s -> Page.streamed(
                DataFiles.projectJson(s.department(), s.project()), RecordJson.of(s.department(), s.project())));
        Stream<Page> departments = Scopes.departments(site).map(d -> Page.streamed(
                DataFiles.department(d, DataFiles.RECORD), RecordJson.of(d, site.config().downloads().projectFiles())));
        Stream<Page> bulk = Scopes.madeBulk(site).flatMap(b -> DataFiles.TABLES.stream().map(b::json));
        // Listed first (each file is made only when written), then written on every core.
        return Stream.of(projects, departments, bulk).flatMap(s -> s).toList().parallelStream();
    }
}
