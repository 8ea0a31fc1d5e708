package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongkai.diff.DepartmentChange;
import org.gongkai.diff.Status;
import org.gongkai.diff.TargetDirection;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.parallel.Batches;
import org.gongkai.render.chart.Charts;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * &lt;year&gt;/&lt;department&gt;/compare.html (与上年比较): the department against its previous
 * disclosure: totals, texts, every project with its status, and the detail of each change.
 */
public final class ComparePage implements PageType {

    private final Comparisons comparisons;
    private final Predicate<Department> only;

    public ComparePage(Comparisons comparisons) {
        this(comparisons, d -> true);
    }

    /** Only the compare pages of the departments {@code only} accepts (a live preview's partial rebuild). */
    public ComparePage(Comparisons comparisons, Predicate<Department> only) {
        this.comparisons = comparisons;
        this.only = only;
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        // Listed first: a parallel stream splits only at its source, never inside a flatMap.
        record Job(DepartmentChange change, int previous) {
        }
        return Batches.stream(comparisons.years().stream().flatMap(year -> comparisons.forYear(year).departments().stream()
                        .filter(d -> d.before() != null && d.after() != null && only.test(d.after()))
                        .map(d -> new Job(d, comparisons.previousYear(year))))
                .toList()).map(job -> page(site, theme, job.change(), job.previous()));
    }

    private static Page page(Site site, Theme theme, DepartmentChange change, int previous) {
        Department d = change.after();
        String path = Links.compare(d);
        String title = d.name() + d.year() + "年与" + previous + "年预算绩效目标比较";
        Map<String, Object> c = Context.base(site, path, title, List.of(
                new Crumb("首页", Links.home()), new Crumb(d.year() + "年", Links.year(d.year())),
                new Crumb(d.displayName(), Links.department(d)), new Crumb("与" + previous + "年比较", null)));
        c.put("department", d);
        c.put("previous", previous);
        c.put("previousHref", Links.root(path) + Links.department(change.before()));
        c.put("changes", Links.root(path) + Links.changes(d.year()));
        c.put("summary", ChangeViews.counts(change.projectCount(Status.ADDED), change.projectCount(Status.DROPPED),
                change.projectCount(Status.CHANGED), change.projectCount(Status.UNCHANGED)));
        c.put("raised", change.targetCount(TargetDirection.RAISED));
        c.put("lowered", change.targetCount(TargetDirection.LOWERED));
        c.put("totals", ChangeViews.amounts(change.totals()));
        c.put("texts", ChangeViews.texts(change.texts()));
        c.put("charts", Charts.compare(change, previous));
        c.put("rows", change.projects().stream().map(p -> ChangeViews.row(p, change.before(), d, path)).toList());
        c.put("details", change.projects().stream().filter(p -> p.status() == Status.CHANGED)
                .map(p -> ChangeViews.detail(p, change, path)).toList());
        c.put("meta", PortalMeta.department(site.config(), d, path, title,
                d.name() + "," + d.year() + "年," + previous + "年,预算绩效目标,比较", title));
        return new Page(path, theme.render("compare.peb", c));
    }
}
