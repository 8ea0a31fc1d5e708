package org.gongkai.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.diff.Comparison;
import org.gongkai.diff.Differ;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

/**
 * Each year compared with the year before it in the content (2024 with 2023; with 2021 when
 * 2022 is missing), computed once per build for the compare pages and the summaries.
 */
public final class Comparisons {

    private final Map<Integer, Comparison> byYear = new HashMap<>();
    private final Map<Integer, Integer> previous = new HashMap<>();
    private final Set<String> compared = new HashSet<>();

    private Comparisons() {
    }

    public static Comparisons of(Site site) {
        Comparisons c = new Comparisons();
        List<Year> years = site.years().stream().sorted(java.util.Comparator.comparingInt(Year::year)).toList();
        for (int i = 1; i < years.size(); i++) {
            Year before = years.get(i - 1);
            Year after = years.get(i);
            c.previous.put(after.year(), before.year());
            c.byYear.put(after.year(), Differ.compare(before.year() + "年", before.departments(), after.year() + "年",
                    after.departments()));
            Set<String> old = new HashSet<>();
            before.departments().forEach(d -> old.add(d.code()));
            after.departments().stream().filter(d -> old.contains(d.code()))
                    .forEach(d -> c.compared.add(d.year() + "/" + d.code()));
        }
        return c;
    }

    /**
     * Each year → the year before it in the content; the first year maps to null (a key all the
     * same, as templates run with strict variables).
     */
    public static Map<Integer, Integer> previousYears(Site site) {
        Map<Integer, Integer> previous = new HashMap<>();
        List<Integer> years = site.years().stream().map(Year::year).sorted().toList();
        for (int i = 0; i < years.size(); i++) {
            previous.put(years.get(i), i > 0 ? years.get(i - 1) : null);
        }
        return previous;
    }

    /** The comparison of {@code year} with the year before it, or null for the first year. */
    public Comparison forYear(int year) {
        return byYear.get(year);
    }

    public Integer previousYear(int year) {
        return previous.get(year);
    }

    public Set<Integer> years() {
        return byYear.keySet();
    }

    /** True when the department also disclosed the year before, so it has a compare page. */
    public boolean hasComparePage(Department d) {
        return compared.contains(d.year() + "/" + d.code());
    }
}
