package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.ScheduleEntry;

/**
 * 资金支出计划（%） laid out across the twelve data columns of the form table: months share
 * the columns as evenly as they can, as the printed form stretches its cells.
 */
public record ScheduleView(List<Cell> cells) {

    /** A month: its header ("3月底"), its value as disclosed ("30%", or "" for a blank cell), and its colspan. */
    public record Cell(String month, String value, boolean blank, int span) {
    }

    public static final int COLUMNS = 12;

    public static ScheduleView of(List<ScheduleEntry> entries) {
        List<Cell> cells = new ArrayList<>();
        int n = entries.size();
        for (int i = 0; i < n; i++) {
            ScheduleEntry e = entries.get(i);
            int span = COLUMNS / n + (i < COLUMNS % n ? 1 : 0);
            String value = e.percent() == null ? "" : e.percent().toPlainString() + "%";
            cells.add(new Cell(e.month() + "月底", value, e.percent() == null, span));
        }
        return new ScheduleView(List.copyOf(cells));
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
