package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.Indicator;
import org.gongkai.model.Target;

/**
 * The indicator table as printed: consecutive rows with the same 一级指标 share one merged cell,
 * and so do consecutive rows with the same 二级指标 inside it. Each group becomes its own
 * {@code <tbody>}, and each cell names its headers, so a screen reader reads a merged cell
 * with every row it spans.
 */
public record IndicatorTable(List<Group> groups, boolean hasTerms) {

    /** A run of rows under one 一级指标 cell. */
    public record Group(String level1, String id, List<Row> rows) {
    }

    /**
     * One row. {@code target} is the 指标值 read as operator, number and unit (null when it is
     * qualitative), for alignment and charts; pages still show the text as disclosed. {@code level2Span} is the rowspan of its 二级指标 cell when the row starts a run,
     * 0 when the cell above covers it. {@code headers} lists the ids of the row's header cells.
     */
    public record Row(Indicator indicator, int level2Span, String level2Id, String id, String headers, Target target) {
    }

    public static IndicatorTable of(List<Indicator> indicators) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < indicators.size()) {
            int end = i + 1;
            while (end < indicators.size() && Objects.equals(indicators.get(end).level1(), indicators.get(i).level1())) {
                end++;
            }
            String groupId = "i" + (groups.size() + 1);
            groups.add(new Group(indicators.get(i).level1(), groupId, rows(indicators.subList(i, end), groupId, i)));
            i = end;
        }
        return new IndicatorTable(List.copyOf(groups),
                indicators.stream().anyMatch(ind -> ind.term() != null));
    }

    private static List<Row> rows(List<Indicator> run, String groupId, int offset) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int end = i + 1;
            while (end < run.size() && Objects.equals(run.get(end).level2(), run.get(i).level2())) {
                end++;
            }
            String level2Id = groupId + "-" + (i + 1);
            for (int k = i; k < end; k++) {
                String id = "r" + (offset + k + 1);
                rows.add(new Row(run.get(k), k == i ? end - i : 0, level2Id, id,
                        groupId + " " + level2Id + " " + id, run.get(k).reading()));
            }
            i = end;
        }
        return List.copyOf(rows);
    }
}
