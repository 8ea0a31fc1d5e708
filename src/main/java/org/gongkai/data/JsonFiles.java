package org.gongkai.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Page;

/**
 * data.json of every project and department (the whole record, {@link RecordJson}); projects.json,
 * indicators.json and sources.json of every year and of the site (the tables, {@link Json#of}).
 */
public final class JsonFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Stream<Page> projects = Scopes.projects(site).parallel().map(s ->
                new Page(DataFiles.projectJson(s.department(), s.project()), RecordJson.of(s.department(), s.project())));
        Stream<Page> departments = Scopes.departments(site).parallel().map(d ->
                new Page(DataFiles.department(d, DataFiles.RECORD), RecordJson.of(d)));
        List<Page> bulk = new ArrayList<>();
        for (Scopes.Bulk b : Scopes.bulk(site)) {
            for (Table t : b.tables()) {
                bulk.add(new Page(b.path(DataFiles.json(t.name())), Json.of(t)));
            }
        }
        return Stream.concat(Stream.concat(projects, departments), bulk.stream());
    }
}
