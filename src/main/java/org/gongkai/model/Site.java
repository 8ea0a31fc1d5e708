package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/** Everything a build reads: the settings and every year of content, newest year first. */
public record Site(SiteConfig config, List<Year> years) {

    /** A department or project held back as a draft ({@code draft: true}), for the build's list. */
    public record Draft(Origin origin, String label) {
    }

    public Site {
        years = List.copyOf(years);
    }

    public int projectCount() {
        return years.stream().mapToInt(Year::projectCount).sum();
    }

    public int departmentCount() {
        return years.stream().mapToInt(y -> y.departments().size()).sum();
    }

    /**
     * The site as published: draft departments (with all their projects) and draft projects left
     * out, and a year left without departments too, so no total, list, search index, sitemap, feed
     * or comparison sees them.
     */
    public Site withoutDrafts() {
        List<Year> published = new ArrayList<>();
        for (Year y : years) {
            List<Department> departments = y.departments().stream().filter(d -> !d.draft())
                    .map(d -> d.projects().stream().anyMatch(Project::draft)
                            ? d.withProjects(d.projects().stream().filter(p -> !p.draft()).toList()) : d)
                    .toList();
            if (!departments.isEmpty()) {
                published.add(new Year(y.year(), departments));
            }
        }
        return new Site(config, published);
    }

    /** What {@link #withoutDrafts} leaves out: each draft department, and each draft project of the others. */
    public List<Draft> drafts() {
        List<Draft> drafts = new ArrayList<>();
        for (Year y : years) {
            for (Department d : y.departments()) {
                if (d.draft()) {
                    drafts.add(new Draft(d.origin(), y.year() + " 年度部门“" + d.displayName() + "”"
                            + (d.projects().isEmpty() ? "" : "及其 " + d.projects().size() + " 个项目")));
                    continue;
                }
                for (Project p : d.projects()) {
                    if (p.draft()) {
                        drafts.add(new Draft(p.origin(), y.year() + " 年度“" + d.displayName() + "”的项目“" + p.name() + "”"));
                    }
                }
            }
        }
        return drafts;
    }
}
