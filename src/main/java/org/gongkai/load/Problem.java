package org.gongkai.load;

import java.util.Comparator;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.model.Origin;

/** An input error: where it is and what is wrong, printed as {@code file:line:column: message}. */
public record Problem(Origin origin, String message) {

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.origin().file())
            .thenComparingInt(p -> p.origin().line())
            .thenComparingInt(p -> p.origin().column());

    /** This problem as the diagnostic it is printed as: an error at its origin. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(origin.file(), origin.line(), origin.column(), message);
    }

    @Override
    public String toString() {
        return DiagnosticPrinter.line(diagnostic());
    }
}
