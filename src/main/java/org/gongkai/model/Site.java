package org.gongkai.model;

import java.util.List;

/** Everything a build reads: the settings and every year of content, newest year first. */
public record Site(SiteConfig config, List<Year> years) {

    public Site {
        years = List.copyOf(years);
    }

    public int projectCount() {
        return years.stream().mapToInt(Year::projectCount).sum();
    }

    public int departmentCount() {
        return years.stream().mapToInt(y -> y.departments().size()).sum();
    }
}
