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

    public abstract void check(Subject subject, Report report);
}
