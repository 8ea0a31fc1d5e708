package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read, before it becomes YAML: mutable drafts filled in document order. A key that is
 * absent stays absent in the YAML; a key present with a null value was a blank cell.
 */
final class Drafts {

    private Drafts() {
    }

    static final class Department {
        String code;
        String name;
        String unit;
        final Map<String, String> units = new LinkedHashMap<>();
        boolean hasPartOne;
        final List<String> overall = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final List<String> measures = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        /** Findings inside part 1: they mark department.yaml as incomplete. */
        final List<Finding> findings = new ArrayList<>();
        String where;
    }

    static final class Item {
        String name;
        final List<String> content = new ArrayList<>();
        String goal;
        String indicator;
    }

    static final class Project {
        final String where;
        String titleName;
        String unitCode;
        String unitName;
        String moneyUnit;
        /** code, name, attribute, department_in_charge, owner, period start/end, purpose: in source order. */
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> budget = new LinkedHashMap<>();
        final Map<Integer, String> schedule = new LinkedHashMap<>();
        List<String> goals;
        List<String> longTermGoals;
        List<Map<String, String>> indicators;
        final List<Finding> findings = new ArrayList<>();

        Project(String where) {
            this.where = where;
        }
    }
}
