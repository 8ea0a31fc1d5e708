package org.gongkai.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.diff.Comparison;
import org.gongkai.diff.Differ;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

/**
 * Each year compared with the year before it in the content (2024 with 2023; with 2021 when
 * 2022 is missing), computed once per build for the compare pages and the summaries.
 */
public final class Comparisons {

    private final Map<Integer, Comparison> byYear = new HashMap<>();
    private final Map<Integer, Integer> previous;

    private Comparisons(Map<Integer, Integer> previous) {
        this.previous = previous;
    }

    public static Comparisons of(Site site) {
        Comparisons c = new Comparisons(previousYears(site));
        Map<Integer, Year> years = new HashMap<>();
        site.years().forEach(y -> years.put(y.year(), y));
        c.previous.forEach((year, before) -> {
            if (before != null) {
                c.byYear.put(year, Differ.compare(before + "年", years.get(before).departments(), year + "年",
                        years.get(year).departments()));
            }
        });
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

    /**
     * The departments that also disclosed the year before ("year/code"): those, and only those,
     * have a compare page, as {@link ComparePage} makes one for each department on both sides.
     */
    static Set<String> withPreviousYear(Site site, Map<Integer, Integer> previous) {
        Set<String> disclosed = new HashSet<>();
        site.years().forEach(y -> y.departments().forEach(d -> disclosed.add(d.year() + "/" + d.code())));
        Set<String> compared = new HashSet<>();
        site.years().forEach(y -> y.departments().forEach(d -> {
            Integer before = previous.get(d.year());
            if (before != null && disclosed.contains(before + "/" + d.code())) {
                compared.add(d.year() + "/" + d.code());
            }
        }));
        return compared;
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
}
