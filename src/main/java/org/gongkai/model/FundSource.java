package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One named fund source as the form prints it (财政拨款, 上级财政资金, 自有资金…), with the sources
 * listed under it after 其中. {@code amount} is exact and null when the cell is blank; {@code printed}
 * is the cell's text when it was not a bare number (854万(…)); {@code term} is 当年 or 总 when the form
 * has both budgets, else null.
 */
public record FundSource(String name, BigDecimal amount, String printed, String term, List<FundSource> sources,
        Origin origin) {

    public FundSource {
        sources = List.copyOf(sources);
    }
}
