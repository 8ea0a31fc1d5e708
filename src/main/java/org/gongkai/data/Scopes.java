package org.gongkai.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

/**
 * What the data files are made for: each project, each department, each year and the whole site,
 * with the three tables of each. The site's tables are the year's when the site has one year, so
 * they are built once.
 */
final class Scopes {

    private Scopes() {
    }

    /** A project of a department. */
    record ProjectScope(Department department, Project project) {
        List<Table> tables() {
            return Tables.of(department, project);
        }
    }

    /** A year ({@code year} set) or the whole site ({@code year} null) and its bulk tables. */
    record Bulk(Integer year, List<Table> tables) {
        String path(String file) {
            return DataFiles.bulk(year, file);
        }
    }

    static Stream<ProjectScope> projects(Site site) {
        return site.years().stream().flatMap(y -> y.departments().stream())
                .flatMap(d -> d.projects().stream().map(p -> new ProjectScope(d, p)));
    }

    static Stream<Department> departments(Site site) {
        return site.years().stream().flatMap(y -> y.departments().stream());
    }

    /** Each year, then null for the whole site. */
    static Stream<Integer> bulkScopes(Site site) {
        return Stream.concat(site.years().stream().map(Year::year), Stream.of((Integer) null));
    }

    /** Each year's bulk tables, then the site's. */
    static List<Bulk> bulk(Site site) {
        List<Bulk> all = new ArrayList<>();
        for (Year y : site.years()) {
            all.add(new Bulk(y.year(), Tables.of(y.departments())));
        }
        List<Table> site0 = site.years().size() == 1 ? all.get(0).tables()
                : Tables.of(site.years().stream().flatMap(y -> y.departments().stream()).toList());
        all.add(new Bulk(null, site0));
        return all;
    }
}
