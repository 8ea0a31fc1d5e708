package org.gongkai.render;

import java.util.ArrayList;
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
 * quality/index.html (数据质量): the findings of the checks, department by department, for
 * internal review builds. Only built when site.yaml says {@code check: report_page: true}.
 */
public final class QualityPage implements PageType {

    public static final String PATH = Routes.QUALITY.path();

    /** One department's findings, or the site's own (department null). */
    public record Section(Department department, List<Finding> findings) {
    }

    private final List<Finding> findings;

    public QualityPage(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, List<Finding>> byFolder = new LinkedHashMap<>();
        for (Finding f : findings) {
            String file = f.origin().file();
            String[] parts = file.split("/");
            String key = parts.length >= 3 && parts[0].equals("content") ? parts[1] + "/" + parts[2] : "";
            byFolder.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Section> sections = new ArrayList<>();
        if (byFolder.containsKey("")) {
            sections.add(new Section(null, byFolder.get("")));
        }
        site.years().stream().flatMap(y -> y.departments().stream()).forEach(d -> {
            List<Finding> list = byFolder.get(d.year() + "/" + d.code());
            if (list != null) {
                sections.add(new Section(d, list));
            }
        });
        Map<String, Object> c = Context.base(site, PATH, "数据质量", List.of(
                new Crumb("首页", Links.home()), new Crumb("数据质量", null)));
        c.put("sections", sections);
        c.put("total", findings.stream().filter(Finding::counts).count());
        return Stream.of(new Page(PATH, theme.render("quality.peb", c)));
    }
}
