package org.gongkai.model;

/**
 * One row of the indicator table. {@code level1} is always resolved: when the file omits it,
 * it continues the row above and {@code level1Continued} is true. {@code term} is null unless
 * the file says 年度 or 长期. {@code target} is the text as disclosed, null when missing;
 * {@code reading} is that text read as operator, number and unit (null when qualitative), read
 * once at load for the checks, the pages and charts. {@code extra} holds the cells of extra
 * printed columns (分值, 备注…) by heading.
 */
public record Indicator(
        String level1,
        boolean level1Continued,
        String level2,
        String name,
        String description,
        String target,
        String basis,
        String term,
        Origin origin,
        Origin targetOrigin,
        Target reading,
        java.util.Map<String, String> extra) {

    public Indicator {
        // Extra columns (分值, 备注…) in printed order; a blank cell is a null value, so no Map.copyOf.
        extra = extra == null || extra.isEmpty() ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** The same row as an older file would have it, without extra columns. */
    public Indicator(String level1, boolean level1Continued, String level2, String name, String description,
            String target, String basis, String term, Origin origin, Origin targetOrigin, Target reading) {
        this(level1, level1Continued, level2, name, description, target, basis, term, origin, targetOrigin,
                reading, java.util.Map.of());
    }
}
