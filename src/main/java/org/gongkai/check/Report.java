package org.gongkai.check;

import org.gongkai.model.Origin;

/** Where a rule reports: the place, the row it concerns (or null for the project), and what. */
@FunctionalInterface
public interface Report {

    void add(Origin where, String row, String message);
}
