package org.gongkai.data;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;

/**
 * What the data files are made for: each project, each department, each year and the whole site.
 * Their tables are made when a file is written, so none is held beside the pages.
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

    /** A year ({@code year} set) or the whole site ({@code year} null) and its departments. */
    record Bulk(Integer year, List<Department> departments) {
        String path(String file) {
            return DataFiles.bulk(year, file);
        }

        List<Table> tables() {
            return Tables.of(departments);
        }

        Table table(String name) {
            return Tables.of(departments, name);
        }
    }

    /** The projects that have files of their own: all, unless site.yaml says downloads: project_files: false. */
    static Stream<ProjectScope> projects(Site site) {
        if (!site.config().downloads().projectFiles()) {
            return Stream.empty();
        }
        return departments(site).flatMap(d -> d.projects().stream().map(p -> new ProjectScope(d, p)));
    }

    static Stream<Department> departments(Site site) {
        return site.years().stream().flatMap(y -> y.departments().stream());
    }

    /** Each year, then the whole site. */
    static Stream<Bulk> bulk(Site site) {
        return Stream.concat(site.years().stream().map(y -> new Bulk(y.year(), y.departments())),
                Stream.of(new Bulk(null, departments(site).toList())));
    }

    /** The index of a table among the three, by its name. */
    static int index(String table) {
        return DataFiles.TABLES.indexOf(table);
    }

}
