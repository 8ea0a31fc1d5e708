package org.gongkai.model;

/**
 * One row of the indicator table. {@code level1} is always resolved: when the file omits it,
 * it continues the row above and {@code level1Continued} is true. {@code term} is null unless
 * the file says 年度 or 长期. {@code target} is the text as disclosed, null when missing;
 * {@code reading} is that text read as operator, number and unit (null when qualitative), read
 * once at load for the checks, the pages and charts.
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
        Target reading) {
}
