package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.gongkai.model.CheckSettings;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Silence;
import org.gongkai.model.Site;
import org.gongkai.parallel.Batches;

/**
 * Runs the rules over every project and every department's 整体支出绩效目标表, as site.yaml
 * configures them (rules switched off or regraded), applies the silences written in the content,
 * and returns the findings in file order.
 */
public final class Checker {

    /** Every rule, in the order they are documented. */
    public static final List<Rule> RULES = List.of(
            new BudgetArithmetic(), new BudgetNegative(), new BudgetSources(), new PurposeAmounts(),
            new ScheduleOrder(), new ScheduleComplete(), new IndicatorCategories(), new FrameworkLevels(),
            new IndicatorName(), new TargetPresent(), new TargetReadable(), new TargetPossible(), new UnitHint(),
            new Placeholder(), new DuplicateRow(), new ProjectCode());

    /** Rules about whole files and the site rather than one form, in the order they are documented. */
    private static final Map<String, BiConsumer<Site, Consumer<Finding>>> SITE_RULES = siteRules();

    private final Map<String, String> settings;

    private Checker(Map<String, String> settings) {
        this.settings = settings;
    }

    public static Checker of(CheckSettings settings) {
        return new Checker(settings.rules());
    }

    /** The rule ids there are, including the site-level one. */
    public static List<String> ruleIds() {
        List<String> ids = new ArrayList<>(RULES.stream().map(Rule::id).toList());
        ids.add(PortalSettings.ID);
        ids.addAll(SITE_RULES.keySet());
        return ids;
    }

    public List<Finding> check(Site site) {
        Framework framework = Framework.of(site.config().framework());
        List<Finding> findings = checkSite(site);
        // Departments are independent: checked in parallel, then put in file order below. Listed
        // first: a parallel stream splits only at its source, never inside a flatMap.
        findings.addAll(Batches.stream(site.years().stream().flatMap(y -> y.departments().stream()).toList())
                .flatMap(d -> check(d, framework).stream()).toList());
        sort(findings);
        return findings;
    }

    /** The findings about the site as a whole (its portal settings), unsorted. */
    public List<Finding> checkSite(Site site) {
        List<Finding> findings = new ArrayList<>();
        if (!"off".equals(settings.get(PortalSettings.ID))) {
            PortalSettings.check(site, f -> findings.add(regrade(f)));
        }
        SITE_RULES.forEach((id, rule) -> {
            if (!"off".equals(settings.get(id))) {
                rule.accept(site, f -> findings.add(regrade(f)));
            }
        });
        return findings;
    }

    /**
     * The findings of one department and its projects, unsorted: {@link #check} is
     * {@link #checkSite} then each department's in site order, sorted by {@link #sort}, so a
     * live preview re-checks only the departments that changed.
     */
    public List<Finding> checkDepartment(Department d, Site site) {
        return check(d, Framework.of(site.config().framework()));
    }

    /** File order: file, line, rule; a stable sort, so equal keys keep the order they came in. */
    public static void sort(List<Finding> findings) {
        findings.sort(Comparator.comparing((Finding f) -> f.origin().file())
                .thenComparingInt(f -> f.origin().line()).thenComparing(Finding::rule));
    }

    private List<Finding> check(Department d, Framework framework) {
        List<Finding> found = new ArrayList<>();
        for (Project p : d.projects()) {
            Subject subject = new Subject(d, p, framework);
            for (Rule rule : RULES) {
                if (!"off".equals(settings.get(rule.id()))) {
                    rule.check(subject, (where, row, message) ->
                            found.add(silenced(p.silences(), regrade(new Finding(rule.id(), rule.grade(), where,
                                    p.code(), row, projectLabel(d, p) + message, null)))));
                }
            }
        }
        if (d.overallTable() != null) {
            // The department's own form: the rules that read a form's budget and indicators, no project.
            Subject subject = new Subject(d, null, framework);
            for (Rule rule : RULES) {
                if (rule.checksOverallTable() && !"off".equals(settings.get(rule.id()))) {
                    rule.check(subject, (where, row, message) -> found.add(silenced(d.overallTable().silences(),
                            regrade(new Finding(rule.id(), rule.grade(), where, null, row,
                                    "部门整体支出绩效目标表：" + message, null)))));
                }
            }
        }
        return found;
    }

    private static Map<String, BiConsumer<Site, Consumer<Finding>>> siteRules() {
        Map<String, BiConsumer<Site, Consumer<Finding>>> rules = new LinkedHashMap<>();
        rules.put(DraftContent.ID, DraftContent::check);
        rules.put(ImportIncomplete.ID, ImportIncomplete::check);
        rules.put(ExampleDepartment.ID, ExampleDepartment::check);
        return java.util.Collections.unmodifiableMap(rules);
    }

    private static String projectLabel(Department d, Project p) {
        return "项目“" + p.name() + "”：";
    }

    private Finding regrade(Finding f) {
        String to = settings.get(f.rule());
        return to == null ? f : f.withGrade(Grade.valueOf(to.toUpperCase()));
    }

    private static Finding silenced(List<Silence> silences, Finding f) {
        for (Silence s : silences) {
            if (s.rule().equals(f.rule()) && (s.row() == null || s.row().equals(f.row()))) {
                return f.silence(s.reason());
            }
        }
        return f;
    }
}
