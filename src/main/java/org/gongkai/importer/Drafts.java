package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

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

    /** A numbered unit line, "731001某某单位本级": the unit's code and its name. */
    record UnitLine(String code, String name) {
        /** The unit line {@code text} is, or null when it is none. */
        static UnitLine parse(String text) {
            Matcher m = Labels.UNIT_LINE.matcher(text.strip());
            return m.matches() ? new UnitLine(m.group(1), m.group(2).strip()) : null;
        }
    }

    static final class Project {
        final String where;
        String titleName;
        /** The last unit line read for the project; null when none was. */
        UnitLine unit;
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
