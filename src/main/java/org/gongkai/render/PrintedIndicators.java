package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.FormParts;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorColumn;

/**
 * Indicator tables as a form printed them when it differs from the standard six columns: one table
 * per term (长期, 年度…) titled as printed, with the printed columns in their order and extra columns
 * (分值, 备注…) kept. Consecutive equal 一级 and 二级 cells merge, as on the printed form.
 */
public record PrintedIndicators(List<Table> tables) {

    /** One term's table. {@code id} prefixes the ids of its header cells. */
    public record Table(String term, String caption, String id, List<IndicatorColumn> columns, List<List<Cell>> rows) {
    }

    /** A cell: its text (null when blank), whether it heads its row, and its rowspan (0 when covered). */
    public record Cell(String text, boolean header, int rowspan, String column) {
    }

    static final List<IndicatorColumn> STANDARD = List.of(new IndicatorColumn("level1", "一级指标"),
            new IndicatorColumn("level2", "二级指标"), new IndicatorColumn("name", "三级指标"),
            new IndicatorColumn("description", "绩效指标描述"), new IndicatorColumn("target", "指标值"),
            new IndicatorColumn("basis", "指标值确定依据"));

    /** Whether the form needs printed tables rather than the standard one. */
    public static boolean needed(FormParts form) {
        return !form.indicatorColumns().isEmpty() || !form.indicatorTitles().isEmpty();
    }

    public static PrintedIndicators of(List<Indicator> indicators, FormParts form) {
        List<IndicatorColumn> columns = form.indicatorColumns().isEmpty() ? STANDARD : form.indicatorColumns();
        Map<String, List<Indicator>> byTerm = new LinkedHashMap<>();
        for (Indicator row : indicators) {
            byTerm.computeIfAbsent(row.term() == null ? "年度" : row.term(), t -> new ArrayList<>()).add(row);
        }
        for (String term : form.indicatorTitles().keySet()) {
            byTerm.putIfAbsent(term, List.of());
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : byTerm.entrySet()) {
            String caption = form.indicatorTitles().get(e.getKey());
            if (caption == null) {
                caption = byTerm.size() > 1 ? e.getKey() + "绩效指标" : "绩效指标";
            }
            tables.add(new Table(e.getKey(), caption, "t" + (tables.size() + 1), columns, rows(e.getValue(), columns)));
        }
        return new PrintedIndicators(List.copyOf(tables));
    }

    private static List<List<Cell>> rows(List<Indicator> rows, List<IndicatorColumn> columns) {
        List<List<Cell>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            for (IndicatorColumn c : columns) {
                String text = text(rows.get(i), c);
                int span = 1;
                if ("level1".equals(c.key()) || "level2".equals(c.key())) {
                    if (i > 0 && sameRun(rows, i - 1, i, c.key())) {
                        span = 0;
                    } else {
                        while (i + span < rows.size() && sameRun(rows, i + span - 1, i + span, c.key())) {
                            span++;
                        }
                    }
                }
                cells.add(new Cell(text, "level1".equals(c.key()) || "level2".equals(c.key()) || "name".equals(c.key()),
                        span, c.heading()));
            }
            out.add(cells);
        }
        return out;
    }

    /** Rows a and b share the cell of {@code key}: equal text there and in every column to its left that merges. */
    private static boolean sameRun(List<Indicator> rows, int a, int b, String key) {
        Indicator x = rows.get(a);
        Indicator y = rows.get(b);
        boolean level1 = Objects.equals(x.level1(), y.level1());
        if (key.equals("level1")) {
            return x.level1() != null && level1;
        }
        return level1 && x.level2() != null && Objects.equals(x.level2(), y.level2());
    }

    private static String text(Indicator row, IndicatorColumn column) {
        if (column.key() == null) {
            return row.extra().get(column.heading());
        }
        return switch (column.key()) {
            case "level1" -> row.level1();
            case "level2" -> row.level2();
            case "name" -> row.name();
            case "description" -> row.description();
            case "target" -> row.target();
            case "basis" -> row.basis();
            case "term" -> row.term();
            default -> null;
        };
    }
}
