package org.gongkai.data;

import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.site.Routes;

/**
 * The names of the data files and their paths from the site root, through {@link Routes}. A page
 * (project, department) has its three tables as CSV, one workbook and one data.json; a year and the
 * site have the same tables as CSV, XLSX and JSON, and a datapackage.json describing them.
 */
public final class DataFiles {

    /** The file name stems of the three tables, in order. */
    public static final List<String> TABLES = List.of("projects", "indicators", "sources");
    public static final String XLSX = "data.xlsx";
    /** A page's whole record (department, project). */
    public static final String RECORD = "data.json";
    public static final String PACKAGE = "datapackage.json";

    private DataFiles() {
    }

    public static String csv(String table) {
        return table + ".csv";
    }

    public static String json(String table) {
        return table + ".json";
    }

    public static String project(Department d, Project p, String file) {
        return Routes.PROJECT_DATA.path(d, p, file);
    }

    public static String projectJson(Department d, Project p) {
        return project(d, p, RECORD);
    }

    public static String department(Department d, String file) {
        return Routes.DEPARTMENT_DATA.path(d, file);
    }

    /** {@code year} null: the whole site's bulk files. */
    public static String bulk(Integer year, String file) {
        return year == null ? Routes.SITE_DATA.path(file) : Routes.YEAR_DATA.path(year, file);
    }

    /** Whether a file of the build is one of these data files (they are not counted as pages). */
    public static boolean isData(String path) {
        return path.endsWith(".csv") || path.endsWith(".xlsx") || path.endsWith(".json");
    }
}
