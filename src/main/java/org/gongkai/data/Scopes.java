package org.gongkai.data;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.site.Page;

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

        /** Its three tables, each made a department at a time as its file is written. */
        List<Table> tables() {
            return Tables.streamed(departments);
        }

        Table table(String name) {
            return Tables.streamed(departments, name);
        }

        /** Its table {@code name} ("projects") as CSV. */
        Page csv(String name) {
            return Page.large(path(DataFiles.csv(name)), out -> Csv.write(table(name), out));
        }

        /** Its three tables as one workbook. */
        Page xlsx() {
            return Page.large(path(DataFiles.XLSX), out -> Xlsx.write(tables(), out));
        }

        /** Its table {@code name} as JSON. */
        Page json(String name) {
            return Page.large(path(DataFiles.json(name)), out -> Json.write(table(name), out));
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

    /**
     * The scopes whose bulk files are made from their tables: each year, then the whole site, unless
     * the site has one year, whose files the site's are copies of ({@link SiteBulkCopies}).
     */
    static Stream<Bulk> madeBulk(Site site) {
        return site.years().size() == 1 ? bulk(site).filter(b -> b.year() != null) : bulk(site);
    }

    /** Each year, then the whole site. */
    static Stream<Bulk> bulk(Site site) {
        return Stream.concat(site.years().stream().map(y -> new Bulk(y.year(), y.departments())),
                Stream.of(new Bulk(null, departments(site).toList())));
    }
}
