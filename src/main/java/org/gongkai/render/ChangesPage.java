package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.diff.Comparison;
import org.gongkai.diff.DepartmentChange;
import org.gongkai.diff.Status;
import org.gongkai.diff.TargetDirection;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * &lt;year&gt;/changes.html (与上年相比的变化): the site at a glance against the year before —
 * departments and projects added, dropped and changed, and how each department's total moved.
 */
public final class ChangesPage implements PageType {

    private final Comparisons comparisons;

    public ChangesPage(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    /** One department in the summary table; {@code unit} is its money unit (万元 or 元). */
    record DepartmentRow(String status, String statusLabel, String code, String name, String href, String unit,
            ChangeViews.Amount total, long added, long dropped, long changed, long lowered) {
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        return comparisons.years().stream().map(year -> page(site, theme, year, comparisons.previousYear(year),
                comparisons.forYear(year)));
    }

    private Page page(Site site, Theme theme, int year, int previous, Comparison comparison) {
        String path = Links.changes(year);
        String title = year + "年与" + previous + "年相比的变化";
        Map<String, Object> c = Context.base(site, path, title, List.of(
                new Crumb("首页", Links.home()), new Crumb(year + "年", Links.year(year)),
                new Crumb("与" + previous + "年相比的变化", null)));
        c.put("year", year);
        c.put("previous", previous);
        c.put("departmentSummary", ChangeViews.counts(comparison.departmentCount(Status.ADDED),
                comparison.departmentCount(Status.DROPPED), comparison.departmentCount(Status.CHANGED),
                comparison.departmentCount(Status.UNCHANGED)));
        c.put("projectSummary", ChangeViews.counts(comparison.projectCount(Status.ADDED),
                comparison.projectCount(Status.DROPPED), comparison.projectCount(Status.CHANGED),
                comparison.projectCount(Status.UNCHANGED)));
        c.put("raised", comparison.targetCount(TargetDirection.RAISED));
        c.put("lowered", comparison.targetCount(TargetDirection.LOWERED));
        c.put("unit", comparison.unit());
        c.put("totals", comparison.unit() != null ? ChangeViews.amounts(comparison.totals()) : List.of());
        List<DepartmentRow> rows = new ArrayList<>();
        for (DepartmentChange d : comparison.departments()) {
            String href = Links.root(path) + (d.before() != null && d.after() != null ? Links.compare(d.after())
                    : Links.department(d.department()));
            rows.add(new DepartmentRow(d.status().key(), d.status().label(), d.department().code(),
                    d.department().name(), href, d.department().unit(), ChangeViews.amount("预算数", d.totals().total()),
                    d.projectCount(Status.ADDED), d.projectCount(Status.DROPPED), d.projectCount(Status.CHANGED),
                    d.targetCount(TargetDirection.LOWERED)));
        }
        // Two folds: the departments that changed (open), and those that did not (closed).
        c.put("changedRows", rows.stream().filter(r -> !r.status().equals(Status.UNCHANGED.key())).toList());
        c.put("unchangedRows", rows.stream().filter(r -> r.status().equals(Status.UNCHANGED.key())).toList());
        return new Page(path, theme.render("changes.peb", c));
    }
}
