package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diff.Differ;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.site.Links;

/**
 * The same project in the other years of the site: each year's projects are paired with the year
 * before's as {@code gongkai diff} and the compare pages pair them ({@link Differ#matches}), and the
 * pairs are followed from year to year. A project left out one year starts a new line.
 */
final class OtherYears {

    /** One year of a project's line: where its page is, relative to the output root. */
    record Entry(int year, Department department, Project project) {
        String path() {
            return Links.project(department, project);
        }
    }

    /** A link from a project page to the same project in another year. */
    public record Link(int year, String name, String href) {
    }

    /** Project → its line across the years, oldest first; the same list for every project on it. */
    private final Map<Project, List<Entry>> lines = new IdentityHashMap<>();

    private OtherYears() {
    }

    static OtherYears of(Site site) {
        OtherYears o = new OtherYears();
        if (site.years().size() < 2) {
            return o;
        }
        Map<Integer, Integer> previous = Comparisons.previousYears(site);
        Map<Integer, Year> byYear = new java.util.HashMap<>();
        site.years().forEach(y -> byYear.put(y.year(), y));
        List<Integer> years = site.years().stream().map(Year::year).sorted().toList();
        for (int year : years) {
            Integer before = previous.get(year);
            if (before == null) {
                continue;
            }
            for (Differ.Match m : Differ.matches(byYear.get(before).departments(), byYear.get(year).departments())) {
                List<Entry> line = o.lines.computeIfAbsent(m.before(), p -> {
                    List<Entry> start = new ArrayList<>();
                    start.add(new Entry(before, m.beforeDepartment(), m.before()));
                    return start;
                });
                line.add(new Entry(year, m.afterDepartment(), m.after()));
                o.lines.put(m.after(), line);
            }
        }
        return o;
    }

    /** The links from {@code project}'s page (at {@code path}) to the same project in the other years, newest first. */
    List<Link> of(Project project, String path) {
        List<Entry> line = lines.get(project);
        if (line == null) {
            return List.of();
        }
        String root = Links.root(path);
        return line.stream().filter(e -> e.project() != project)
                .sorted(Comparator.comparingInt(Entry::year).reversed())
                .map(e -> new Link(e.year(), e.project().name(), root + e.path())).toList();
    }
}
