package org.gongkai.render;

import java.util.List;
import org.gongkai.model.ScheduleEntry;

/** 资金支出计划（%） as the form prints it: one column a month, in month order. */
public record ScheduleView(List<Cell> cells) {

    /** A month: its header ("3月底") and its value as disclosed ("30%", or "" for a blank cell). */
    public record Cell(String month, String value, boolean blank) {
    }

    public static ScheduleView of(List<ScheduleEntry> entries) {
        return new ScheduleView(entries.stream().map(e -> new Cell(e.month() + "月底",
                e.percent() == null ? "" : e.percent().toPlainString() + "%", e.percent() == null)).toList());
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
