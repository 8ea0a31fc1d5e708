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
 */
final class Documents {

    /** A department's span of document numbers. */
    record Span(int year, String code, String name, int first) {
    }

    final List<SearchDocument> documents = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();

    static Documents of(Site site) {
        Documents d = new Documents();
        for (Year year : site.years()) {
            for (Department dept : year.departments()) {
                d.add(dept);
            }
        }
        return d;
    }

    private void add(Department d) {
        spans.add(new Span(d.year(), d.code(), d.name(), documents.size()));
        String total = d.total().toPlainString();
        documents.add(new SearchDocument('d', d.name(), d.year() + "年 · " + d.projects().size() + " 个项目 · 预算 " + total
                + " " + d.unit(), Links.department(d), "", d.code() + " " + nn(d.shortName()) + " " + clip(d.overallGoal(), 300)));
        for (Project p : d.projects()) {
            String url = Links.project(d, p);
            String amount = p.budget().total() == null ? "" : p.budget().total().toPlainString();
            documents.add(new SearchDocument('p', p.name(), p.code() + " · 预算数 " + amount + " " + d.unit() + " · "
                    + d.displayName(), url, "", nn(p.purpose()) + " " + String.join(" ", p.goals())));
            for (Indicator row : p.indicators()) {
                documents.add(new SearchDocument('i', row.name(),
                        nn(row.level2()) + " · 指标值 " + (row.target() == null ? "（未填写）" : row.target()) + " · " + p.name(),
                        url, nn(row.level1()), nn(row.description())));
            }
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s, int length) {
        return s == null ? "" : s.length() <= length ? s : s.substring(0, length);
    }
}
