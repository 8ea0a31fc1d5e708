package org.gongkai.model;

import java.util.List;

/** One budget year: its departments in code order. */
public record Year(int year, List<Department> departments) {

    public Year {
        departments = List.copyOf(departments);
    }

    public int projectCount() {
        return departments.stream().mapToInt(d -> d.projects().size()).sum();
    }
}
