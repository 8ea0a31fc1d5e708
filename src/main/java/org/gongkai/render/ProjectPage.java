package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gongkai.data.Downloads;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.parallel.Batches;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * &lt;year&gt;/&lt;department&gt;/&lt;project&gt;/index.html: the project's 绩效目标表 as the printed
 * form has it, with previous/next links inside the department, its attached files, and links to the
 * same project in the site's other years.
 */
public final class ProjectPage implements PageType {

    private final Predicate<Department> only;
    private final BiPredicate<Department, Project> projects;

    public ProjectPage() {
        this(d -> true);
    }

    /** Only the pages of the departments {@code only} accepts (a live preview's partial rebuild). */
    public ProjectPage(Predicate<Department> only) {
        this(only, (d, p) -> true);
    }

    /** Only the pages of those departments' projects that {@code projects} accepts. */
    public ProjectPage(Predicate<Department> only, BiPredicate<Department, Project> projects) {
        this.only = only;
        this.projects = projects;
    }

    /** A neighbouring project for the previous/next links; {@code href} is relative to the page. */
    public record Neighbour(String name, String href) {
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        OtherYears otherYears = OtherYears.of(site);
        // Listed first: a parallel stream splits only at its source, never inside a flatMap.
        List<Job> jobs = site.years().stream().flatMap(y -> y.departments().stream()).filter(only)
                .flatMap(d -> IntStream.range(0, d.projects().size()).mapToObj(i -> new Job(d, i, otherYears)))
                .filter(job -> projects.test(job.department(), job.department().projects().get(job.index())))
                .toList();
        return Batches.stream(jobs).map(job -> job.render(site, theme));
    }

    private record Job(Department department, int index, OtherYears otherYears) {

        Page render(Site site, Theme theme) {
            Department d = department;
            Project p = d.projects().get(index);
            String path = Links.project(d, p);
            Map<String, Object> c = Context.base(site, path, p.name() + "绩效目标表", List.of(
                    new Crumb("首页", Links.home()), new Crumb(d.year() + "年", Links.year(d.year())),
                    new Crumb(d.displayName(), Links.department(d)), new Crumb(p.name(), null)));
            c.put("department", d);
            c.put("meta", PortalMeta.department(site.config(), d, path, (String) c.get("title"),
                    p.name() + "," + d.name() + "," + d.year() + "年,项目绩效目标", p.purpose()));
            c.put("project", p);
            c.put("unit", d.unitOf(p));
            c.put("schedule", ScheduleView.of(p.schedule()));
            c.put("indicators", IndicatorTable.of(p.indicators()));
            c.put("printed", PrintedIndicators.needed(p.form()) ? PrintedIndicators.of(p.indicators(), p.form()) : null);
            c.put("form", FormView.of(p));
            c.put("moneyUnit", p.moneyUnit(d));
            boolean budgetColumns = BudgetView.columns(p);
            c.put("budgetColumns", budgetColumns);
            // The form has seven columns only when a row uses them (the code row, the budget columns);
            // otherwise every row is a label and one cell.
            c.put("span", p.codeDisclosed() || p.hasBudget() && budgetColumns ? 6 : 1);
            c.put("sources", BudgetView.lines(p.budgetDetails().sources()));
            c.put("goals", GoalRows.of(p.form().overallGoals(), p.longTermGoals(), p.form().midTermGoals(),
                    p.goals(), p.form().goalLabels()));
            String root = Links.root(path);
            c.put("previous", neighbour(d, index - 1, root));
            c.put("next", neighbour(d, index + 1, root));
            c.put("otherYears", otherYears.of(p, path));
            c.put("attachments", p.attachments());
            c.put("downloads", site.config().downloads().enabled()
                    ? Downloads.project(d, p, root, site.config().downloads()) : List.of());
            return new Page(path, theme.render("project.peb", c));
        }

        private static Neighbour neighbour(Department d, int i, String root) {
            if (i < 0 || i >= d.projects().size()) {
                return null;
            }
            Project p = d.projects().get(i);
            return new Neighbour(p.name(), root + Links.project(d, p));
        }
    }
}
