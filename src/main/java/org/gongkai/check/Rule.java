package org.gongkai.check;

/**
 * One check. Rules report findings; they never throw on bad content. Each names its id (printed
 * with every finding, so it can be looked up, regraded or silenced), its default grade and, in
 * a few words, what it checks (for the rule list and SARIF).
 */
public abstract class Rule {

    private final String id;
    private final Grade grade;
    private final String title;

    protected Rule(String id, Grade grade, String title) {
        this.id = id;
        this.grade = grade;
        this.title = title;
    }

    public final String id() {
        return id;
    }

    /** The grade of its findings unless site.yaml changes it. */
    public final Grade grade() {
        return grade;
    }

    public final String title() {
        return title;
    }

    /**
     * Whether the rule also applies to a department's 整体支出绩效目标表 (a {@link Subject} without a
     * project). Rules that read the form only through the subject's budget and indicator accessors say
     * yes; rules about a project's own fields (code, purpose, spending plan) keep the default.
     */
    public boolean checksOverallTable() {
        return false;
    }

    public abstract void check(Subject subject, Report report);
}
