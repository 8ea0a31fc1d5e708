package org.gongkai.site;

import org.gongkai.model.Department;
import org.gongkai.model.Project;

/**
 * Paths of the pages, relative to the output root, as filled from the {@link Routes} table. Links
 * name index.html explicitly and are always relative, so the site works under any sub-path and
 * when opened straight from disk.
 */
public final class Links {

    private Links() {
    }

    public static String home() {
        return Routes.HOME.path();
    }

    public static String year(int year) {
        return Routes.YEAR.path(year);
    }

    public static String department(Department d) {
        return Routes.DEPARTMENT.path(d);
    }

    public static String project(Department d, Project p) {
        return Routes.PROJECT.path(d, p);
    }

    /** The department compared with its previous disclosure. */
    public static String compare(Department d) {
        return Routes.COMPARE.path(d);
    }

    /** What changed across the site since the year before. */
    public static String changes(int year) {
        return Routes.CHANGES.path(year);
    }

    /** The prefix that leads from {@code pagePath} back to the root: "" or "../../". */
    public static String root(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
