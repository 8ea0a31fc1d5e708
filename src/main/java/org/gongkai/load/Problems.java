package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Origin;

/** Collects every input error of a load, from any thread, so a build reports them all at once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Origin origin, String message) {
        list.add(new Problem(origin, message));
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** All problems, ordered by file and position. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_PLACE);
        return copy;
    }
}
