package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.Indicator;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.render.Links;

/**
 * The documents of the index, in site order (years newest first, departments, projects, rows),
 * so that one department's documents are consecutive: a document's year and department follow
 * from its number, and the results of one project load from one chunk.
 *
 * <p>The documents are made one department at a time, when they are needed, and never all held:
 * on a site of 20,000 projects they would be 200,000 records.
 */
final class Documents {

    private Documents() {
    }

    /** The departments of {@code site} in index order. */
    static List<Department> departments(Site site) {
        List<Department> list = new ArrayList<>();
        for (Year year : site.years()) {
            list.addAll(year.departments());
        }
        return list;
    }

    /** How many documents {@code d} gives: itself, its projects and their rows. */
    static int count(Department d) {
        int n = 1 + d.projects().size();
        for (Project p : d.projects()) {
            n += p.indicators().size();
        }
        return n;
    }

    /**
     * The documents of one department, in index order. A result links to its department's page
     * or to its project's, {@link #folder} and the project code (search.js builds the link so).
     */
    static List<SearchDocument> of(Department d) {
        List<SearchDocument> documents = new ArrayList<>(count(d));
        String total = d.total().toPlainString();
        String folder = folder(d.year(), d.code());
        linksAgree(Links.department(d), folder + Links.INDEX);
        documents.add(new SearchDocument('d', d.name(), d.year() + "年 · " + d.projects().size() + " 个项目 · 预算 " + total
                + " " + d.unit(), "", "", d.code() + " " + nn(d.shortName()) + " " + clip(d.overallGoal(), 300)));
        for (Project p : d.projects()) {
            String url = p.code();
            linksAgree(Links.project(d, p), folder + url + "/" + Links.INDEX);
            String amount = p.budget().total() == null ? "" : p.budget().total().toPlainString();
            documents.add(new SearchDocument('p', p.name(), p.code() + " · 预算数 " + amount + " " + d.unit() + " · "
                    + d.displayName(), url, "", nn(p.purpose()) + " " + String.join(" ", p.goals())));
            for (Indicator row : p.indicators()) {
                documents.add(new SearchDocument('i', row.name(),
                        nn(row.level2()) + " · 指标值 " + (row.target() == null ? "（未填写）" : row.target()) + " · " + p.name(),
                        url, nn(row.level1()), nn(row.description())));
            }
        }
        return documents;
    }

    /** The folder of a department's pages, as search.js writes it: year/code/. */
    static String folder(int year, String code) {
        return year + "/" + code + "/";
    }

    private static void linksAgree(String page, String searchLink) {
        if (!page.equals(searchLink)) {
            throw new IllegalStateException("search.js would link to " + searchLink + ", not to the page " + page);
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s, int length) {
        return s == null ? "" : s.length() <= length ? s : s.substring(0, length);
    }
}
