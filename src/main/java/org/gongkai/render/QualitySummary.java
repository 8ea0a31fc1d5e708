package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.check.PortalSettings;
import org.gongkai.check.Rule;

/**
 * The head of the 数据质量 page: how many findings each rule made, by grade, silenced ones apart.
 * Rules come in the order they are documented; a rule nothing found is left out.
 */
public final class QualitySummary {

    /** One rule's counts; {@code anchor} is the id of its section on the page. */
    public record Row(String rule, String title, String anchor, long errors, long warnings, long notices,
            long silenced) {

        public long total() {
            return errors + warnings + notices + silenced;
        }
    }

    private QualitySummary() {
    }

    /** The id of a rule's section: rule ids are already lower-case words joined by hyphens. */
    public static String anchor(String rule) {
        return "rule-" + rule;
    }

    public static List<Row> of(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (String id : Checker.ruleIds()) {
            byRule.put(id, new ArrayList<>());
        }
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            if (!list.isEmpty()) {
                rows.add(new Row(rule, title(rule), anchor(rule), count(list, Grade.ERROR), count(list, Grade.WARNING),
                        count(list, Grade.NOTICE), list.stream().filter(f -> !f.counts()).count()));
            }
        });
        return List.copyOf(rows);
    }

    /** The sum of every row, for the table's foot. */
    public static Row total(List<Row> rows) {
        return new Row("", "合计", "", rows.stream().mapToLong(Row::errors).sum(),
                rows.stream().mapToLong(Row::warnings).sum(), rows.stream().mapToLong(Row::notices).sum(),
                rows.stream().mapToLong(Row::silenced).sum());
    }

    private static long count(List<Finding> list, Grade grade) {
        return list.stream().filter(f -> f.counts() && f.grade() == grade).count();
    }

    private static String title(String rule) {
        if (rule.equals(PortalSettings.ID)) {
            return "门户所需的页面元数据";
        }
        return Checker.RULES.stream().filter(r -> r.id().equals(rule)).map(Rule::title).findFirst().orElse("");
    }
}
