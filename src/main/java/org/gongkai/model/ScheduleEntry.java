package org.gongkai.model;

import java.math.BigDecimal;

/** One cell of 资金支出计划（%）: cumulative percent spent by the end of {@code month}; null when blank. */
public record ScheduleEntry(int month, BigDecimal percent, Origin origin) {
}
