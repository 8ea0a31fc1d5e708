package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Project;
import org.gongkai.model.Site;

/** Runs every rule over every project and returns the findings in file order. */
public final class Checker {

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Checker standard() {
        return new Checker(List.of(new BudgetArithmetic(), new MissingTarget()));
    }

    public List<Finding> check(Site site) {
        List<Finding> findings = new ArrayList<>();
        PortalSettings.check(site, findings::add);
        site.years().stream().flatMap(y -> y.departments().stream()).forEach(d -> {
            for (Project p : d.projects()) {
                for (Rule rule : rules) {
                    rule.check(d, p, findings::add);
                }
            }
        });
        findings.sort(Comparator.comparing((Finding f) -> f.origin().file())
                .thenComparingInt(f -> f.origin().line()));
        return findings;
    }

}
