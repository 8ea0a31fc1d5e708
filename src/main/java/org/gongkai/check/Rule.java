package org.gongkai.check;

/** One check. Rules report findings; they never throw on bad content. */
public interface Rule {

    /** The id printed with each finding, so it can be looked up, regraded or silenced. */
    String id();

    /** The grade of its findings unless site.yaml changes it. */
    Grade grade();

    /** What it checks, in a few words (for the rule list and SARIF). */
    String title();

    void check(Subject subject, Report report);
}
