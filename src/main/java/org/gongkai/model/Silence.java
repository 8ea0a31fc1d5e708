package org.gongkai.model;

/**
 * A finding the department has reviewed and accepts: the rule, optionally the row (三级指标) it
 * concerns, and the reason, which stays visible in every report.
 */
public record Silence(String rule, String row, String reason, Origin origin) {
}
