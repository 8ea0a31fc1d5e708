package org.gongkai.diff;

import java.util.List;
import org.gongkai.model.Indicator;

/** One row of the indicator table: added, dropped, or changed in some cells. */
public record IndicatorChange(Status status, Indicator before, Indicator after, List<TextChange> cells,
        TargetDirection target) {

    /** The row as shown either side: the new one unless it was dropped. */
    public Indicator row() {
        return after != null ? after : before;
    }
}
