package org.gongkai.parallel;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal value, for many threads at once: a value seen before is swapped for the
 * copy kept, so a site's repeated texts and links are held once. A get comes first, since most
 * values are known already and a get takes no lock where a put may.
 */
public final class Copies<T> {

    private final ConcurrentHashMap<T, T> kept;

    /**
     * Room for {@code expected} values from the start: a map that grows as it fills copies itself
     * over and over while other threads wait on it (2% of a 10,000-project build's samples).
     */
    public Copies(int expected) {
        kept = new ConcurrentHashMap<>(expected);
    }

    /** The copy kept of {@code value}: an equal one seen before, or {@code value} itself from now on. */
    public T of(T value) {
        T known = kept.get(value);
        if (known == null) {
            known = kept.putIfAbsent(value, value);
        }
        return known == null ? value : known;
    }

    /** Forgets every copy: the values in use stay, and equal ones read later are kept anew. */
    public void clear() {
        kept.clear();
    }
}
