package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.Site;
import org.gongkai.parallel.Batches;
import org.gongkai.render.chart.Charts;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * &lt;year&gt;/&lt;department&gt;/index.html: 第一部分 (overall goal, item goals, measures, from
 * Markdown) and the list of projects with the department total.
 */
public final class DepartmentPage implements PageType {

    private final Predicate<Department> only;

    public DepartmentPage() {
        this(d -> true);
    }

    /** Only the pages of the departments {@code only} accepts (a live preview's partial rebuild). */
    public DepartmentPage(Predicate<Department> only) {
        this.only = only;
    }

    /** An item goal with its Markdown content rendered. */
    public record ItemGoalView(ItemGoal goal, Object content) {
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<Integer, Integer> previous = Comparisons.previousYears(site);
        java.util.Set<String> compared = Comparisons.withPreviousYear(site, previous);
        // Listed first: a parallel stream splits only at its source.
        return Batches.stream(site.years().stream().flatMap(y -> y.departments().stream()).filter(only).toList()).map(d -> {
            String path = Links.department(d);
            Map<String, Object> c = Context.base(site, path, d.year() + "年" + d.name() + "预算绩效目标", List.of(
                    new Crumb("首页", Links.home()), new Crumb(d.year() + "年", Links.year(d.year())),
                    new Crumb(d.displayName(), null)));
            c.put("department", d);
            Markdown.TextAndHtml overallGoal = Markdown.renderWithText(d.overallGoal());
            c.put("meta", PortalMeta.department(site.config(), d, path, (String) c.get("title"),
                    d.name() + "," + d.year() + "年,部门预算绩效目标", overallGoal.text()));
            c.put("indexNumber", d.disclosure().indexNumberOr(d.code(), d.year()));
            c.put("overallGoal", overallGoal.html());
            c.put("itemGoals", d.itemGoals().stream()
                    .map(g -> new ItemGoalView(g, Markdown.render(g.content()))).toList());
            c.put("measures", Markdown.render(d.measures()));
            c.put("totals", d.totals());
            c.put("attachments", d.attachments());
            c.put("projectCharts", Charts.projects(d));
            c.put("sourceCharts", Charts.fundSources(d));
            c.put("hasPartOne", d.overallGoal() != null || !d.itemGoals().isEmpty() || d.measures() != null
                    || d.overallTable() == null && d.form().rows().isEmpty());
            c.put("hasCodes", d.projects().stream().anyMatch(p -> p.codeDisclosed()));
            var overall = d.overallTable();
            c.put("overall", overall);
            if (overall != null) {
                c.put("overallUnit", overall.amountUnit() != null ? overall.amountUnit() : d.unit());
                c.put("overallSources", BudgetView.lines(overall.budgetDetails().sources()));
                c.put("overallGoals", GoalRows.of(overall.form().overallGoals(), overall.longTermGoals(),
                        overall.form().midTermGoals(), overall.goals(), overall.form().goalLabels()));
                c.put("overallIndicators", PrintedIndicators.of(overall.indicators(), overall.form()));
            }
            boolean hasCompare = compared.contains(d.year() + "/" + d.code());
            c.put("compareHref", hasCompare ? Links.root(path) + Links.compare(d) : null);
            c.put("previousYear", previous.get(d.year()));
            c.put("downloads", site.config().downloads().enabled() ? org.gongkai.data.Downloads.department(d,
                    Links.root(path), site.config().downloads().pageXlsx()) : List.of());
            return new Page(path, theme.render("department.peb", c));
        });
    }
}
