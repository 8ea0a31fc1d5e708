package org.gongkai.importer;

import org.gongkai.check.Grade;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;

/** Something the importer could not place, with where it is in which source file. */
public record Finding(String source, String where, String message) {

    /**
     * This finding as the diagnostic it is printed as: a warning (the import goes on without the
     * content) at a place in the source's own words, {@code seed.txt 第 532 行：message}.
     */
    public Diagnostic diagnostic() {
        return new Diagnostic(source, 0, 0, where == null ? "" : where, Grade.WARNING, null, message, null);
    }

    @Override
    public String toString() {
        return DiagnosticPrinter.line(diagnostic());
    }
}
