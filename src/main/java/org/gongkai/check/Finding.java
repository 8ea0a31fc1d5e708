package org.gongkai.check;

import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.model.Origin;

/**
 * One thing a reviewer should look at: which rule, how serious, where, which project and row,
 * and what (in Chinese). A finding silenced in the content keeps its reason and stays in the
 * report, but does not count.
 */
public record Finding(String rule, Grade grade, Origin origin, String project, String row, String message,
        String silenced) {

    public boolean counts() {
        return silenced == null;
    }

    Finding silence(String reason) {
        return new Finding(rule, grade, origin, project, row, message, reason);
    }

    Finding withGrade(Grade other) {
        return new Finding(rule, other, origin, project, row, message, silenced);
    }

    /** This finding as the diagnostic it is printed as (project and row stay in the JSON and SARIF reports). */
    public Diagnostic diagnostic() {
        return new Diagnostic(origin.file(), origin.line(), origin.column(), null, grade, rule, message, silenced);
    }

    @Override
    public String toString() {
        return DiagnosticPrinter.line(diagnostic());
    }
}
