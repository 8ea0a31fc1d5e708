package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.check.Finding;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * quality/index.html (数据质量): a summary by rule and grade, then the findings rule by rule (each
 * rule a section its summary row links to, so a reader can take one rule at a time without script), for
 * internal review builds. Only built when site.yaml says {@code check: report_page: true}.
 */
public final class QualityPage implements PageType {

    public static final String PATH = Routes.QUALITY.path();

    /** A finding with the department whose folder it is in (null for the site's own files). */
    public record Entry(Finding finding, Department department) {
    }

    /** One rule's findings, department by department: the section a summary row links to. */
    public record Section(QualitySummary.Row rule, List<Entry> entries) {
    }

    private final List<Finding> findings;

    public QualityPage(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, Department> byFolder = new HashMap<>();
        site.years().stream().flatMap(y -> y.departments().stream()).forEach(d -> byFolder.put(d.year() + "/" + d.code(), d));
        Map<String, List<Entry>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            String[] parts = f.origin().file().split("/");
            Department d = parts.length >= 3 && parts[0].equals("content") ? byFolder.get(parts[1] + "/" + parts[2]) : null;
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(new Entry(f, d));
        }
        List<QualitySummary.Row> summary = QualitySummary.of(findings);
        List<Section> sections = summary.stream().map(r -> new Section(r, byRule.get(r.rule()))).toList();
        Map<String, Object> c = Context.base(site, PATH, "数据质量", List.of(
                new Crumb("首页", Links.home()), new Crumb("数据质量", null)));
        c.put("summary", summary);
        c.put("summaryTotal", QualitySummary.total(summary));
        c.put("sections", sections);
        c.put("total", findings.stream().filter(Finding::counts).count());
        return Stream.of(new Page(PATH, theme.render("quality.peb", c)));
    }
}
