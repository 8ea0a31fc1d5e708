package org.gongkai.site;

import org.gongkai.model.Department;
import org.gongkai.model.Project;

/**
 * Paths of the pages, relative to the output root. Links name index.html explicitly and are
 * always relative, so the site works under any sub-path and when opened straight from disk.
 */
public final class Links {

    public static final String INDEX = "index.html";

    private Links() {
    }

    public static String home() {
        return INDEX;
    }

    public static String year(int year) {
        return year + "/" + INDEX;
    }

    public static String department(Department d) {
        return d.year() + "/" + d.code() + "/" + INDEX;
    }

    public static String project(Department d, Project p) {
        return d.year() + "/" + d.code() + "/" + p.code() + "/" + INDEX;
    }

    /** The department compared with its previous disclosure: a file, so it can never meet a project folder. */
    public static String compare(Department d) {
        return d.year() + "/" + d.code() + "/compare.html";
    }

    /** What changed across the site since the year before. */
    public static String changes(int year) {
        return year + "/changes.html";
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
