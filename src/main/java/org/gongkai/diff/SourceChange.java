package org.gongkai.diff;

/**
 * A named fund source (资金来源) added, dropped or changed in amount. {@code name} is its path: the
 * term when the form has 当年 and 总 budgets, then the names from the top, e.g. "财政拨款／上级财政".
 */
public record SourceChange(Status status, String name, AmountChange amount) {
}
