package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.Indicator;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

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
     * or to its project's (search.js fills the route patterns of meta.js with the department of
     * the document's span and the project code).
     */
    static List<SearchDocument> of(Department d) {
        List<SearchDocument> documents = new ArrayList<>(count(d));
        documents.add(department(d));
        for (Project p : d.projects()) {
            documents.add(project(d, p));
            for (Indicator row : p.indicators()) {
                documents.add(row(p, row));
            }
        }
        return documents;
    }

    /** Document {@code k} of department {@code d}: {@code of(d).get(k)}, without making the others. */
    static SearchDocument at(Department d, int k) {
        if (k == 0) {
            return department(d);
        }
        int rest = k - 1;
        for (Project p : d.projects()) {
            if (rest == 0) {
                return project(d, p);
            }
            rest--;
            if (rest < p.indicators().size()) {
                return row(p, p.indicators().get(rest));
            }
            rest -= p.indicators().size();
        }
        throw new IndexOutOfBoundsException(k);
    }

    private static SearchDocument department(Department d) {
        return new SearchDocument('d', d.name(), List.of(d.year() + "年", d.projects().size() + " 个项目",
                "预算 " + d.total().toPlainString() + " " + d.unit()), "", "",
                d.code() + " " + nn(d.shortName()) + " " + prose(d) + FormTexts.of(d));
    }

    /**
     * The whole of a department's 第一部分: 总体绩效目标, each 分项绩效目标 and 工作保障措施. It is one
     * document, so a word deep in the text adds one posting, not one per project.
     */
    private static String prose(Department d) {
        StringBuilder s = new StringBuilder(nn(d.overallGoal()));
        for (ItemGoal g : d.itemGoals()) {
            s.append(' ').append(nn(g.name())).append(' ').append(nn(g.content())).append(' ').append(nn(g.goal()))
                    .append(' ').append(nn(g.indicator()));
        }
        return s.append(' ').append(nn(d.measures())).toString();
    }

    private static SearchDocument project(Department d, Project p) {
        String amount = p.budget().total() == null ? "" : p.budget().total().toPlainString();
        // Shown: the 项目编码 only when printed (the id of a project known by name is its file name).
        List<String> context = new ArrayList<>(3);
        if (p.codeDisclosed()) {
            context.add(p.code());
        }
        context.add(p.hasBudget() ? "预算数 " + amount + " " + p.moneyUnit(d) : "未列预算");
        context.add(d.displayName());
        return new SearchDocument('p', p.name(), List.copyOf(context), p.code(), "",
                nn(p.purpose()) + " " + String.join(" ", p.goals()) + FormTexts.of(p));
    }

    private static SearchDocument row(Project p, Indicator row) {
        // A blank 三级指标 cell (tables that print none) is titled by the levels the row does have.
        String title = row.name() != null ? row.name() : row.level2() != null ? row.level2()
                : row.level1() != null ? row.level1() : "（指标名称空白）";
        return new SearchDocument('i', title,
                List.of(nn(row.level2()), "指标值 " + (row.target() == null ? "（未填写）" : row.target()), p.name()),
                p.code(), nn(row.level1()), nn(row.description()) + FormTexts.extra(row));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

}
