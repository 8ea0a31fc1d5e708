package org.gongkai.load;

import java.util.Comparator;
import org.gongkai.model.Origin;

/** An input error: where it is and what is wrong, printed as {@code file:line:column: message}. */
public record Problem(Origin origin, String message) {

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.origin().file())
            .thenComparingInt(p -> p.origin().line())
            .thenComparingInt(p -> p.origin().column());

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
