package org.gongkai.model;

/**
 * A column of an indicator table as printed: the row key it holds (level1, level2, name, description,
 * target, basis, term), or null for an extra column (分值, 备注…) whose cells are in each row's extra map.
 */
public record IndicatorColumn(String key, String heading) {
}
