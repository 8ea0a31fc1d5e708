package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator table found by its header row, wherever 一级指标 stands in it: cells before the
 * first heading are the merged leading column (绩效指标, 年度绩效目标(90分), 长期绩效指标), which
 * gives the table its title and term; every heading is kept by its printed text, the standard
 * ones filling level1…basis and the others (分值, 备注) kept as extra columns. Tables without a
 * 一级 column work alike. A row with text only in the 一级 column continues the label above it
 * (社会公众或服务 / 对象满意度指标 split over two rows).
 */
final class IndicatorTable {

    private final FormReader.Context context;
    private final FormDraft form;
    /** Per column of the grid: the form column it fills, or null (leading column, merge copy). */
    private final FormDraft.Column[] columns;
    private final int lead;
    /**
     * Whether the cells before the first heading are headings themselves (单位名称 | 项目名称 | 预算数 |
     * 年度目标 before 一级指标, a list of projects with their indicators): each is then an extra
     * column, not the merged title of the table.
     */
    private final boolean leadIsColumns;
    private String term;
    private int level1 = -1;

    IndicatorTable(FormReader.Context context, List<Cell> header) {
        this.context = context;
        this.form = context.form(header.get(0));
        header.forEach(Cell::use);
        int first = -1;
        for (int i = 0; i < header.size(); i++) {
            if (heading(header.get(i)) && header.get(i).merge() != Cell.Merge.FROM_LEFT) {
                first = i;
                break;
            }
        }
        lead = first;
        int leadingCells = 0;
        for (int i = 0; i < first; i++) {
            Cell c = header.get(i);
            leadingCells += !c.isBlank() && c.merge() == Cell.Merge.NONE ? 1 : 0;
        }
        // One merged cell before the headings is the table's title; several are headings of their own.
        leadIsColumns = leadingCells > 1;
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < first && !leadIsColumns; i++) {
            Cell c = header.get(i);
            if (!c.isBlank()) {
                title.append(title.length() > 0 ? " " : "").append(c.text().strip());
            }
        }
        columns = new FormDraft.Column[header.size()];
        for (int i = 0; i < first && leadIsColumns; i++) {
            Cell c = header.get(i);
            if (!c.isBlank() && c.merge() != Cell.Merge.FROM_LEFT) {
                columns[i] = new FormDraft.Column(null, c.text().strip());
            }
        }
        Set<String> taken = new HashSet<>();
        for (int i = first; i < header.size(); i++) {
            String key = Labels.COLUMNS.get(Labels.label(header.get(i).text()));
            if (key != null && header.get(i).merge() != Cell.Merge.FROM_LEFT && taken.add(key)) {
                columns[i] = new FormDraft.Column(key, header.get(i).text().strip());
            }
        }
        for (int i = first; i < header.size(); i++) {
            Cell c = header.get(i);
            if (columns[i] != null || c.merge() == Cell.Merge.FROM_LEFT || c.isBlank()) {
                continue;
            }
            String key = Labels.MORE_COLUMNS.get(Labels.label(c.text()));
            columns[i] = new FormDraft.Column(key != null && taken.add(key) ? key : null, c.text().strip());
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                if ("level1".equals(columns[i].key())) {
                    level1 = i;
                }
                if (!form.columns.contains(columns[i])) {
                    form.columns.add(columns[i]);
                }
            }
        }
        String printedTitle = title.length() > 0 ? title.toString() : form.pendingIndicatorTitle;
        form.pendingIndicatorTitle = null;
        term = Labels.term(printedTitle == null ? "" : printedTitle);
        if (term == null) {
            term = "年度";
        }
        if (printedTitle != null) {
            form.indicatorTitles.putIfAbsent(term, printedTitle);
        }
        form.part("indicators");
    }

    private static boolean heading(Cell c) {
        String l = Labels.label(c.text());
        return Labels.COLUMNS.containsKey(l) || Labels.MORE_COLUMNS.containsKey(l) && !l.equals("绩效指标")
                && !l.equals("指标") || Labels.EXTRA_COLUMNS.contains(l);
    }

    /** A header row: 一级/二级/三级指标 somewhere in it, or three or more indicator headings. */
    static boolean isHeader(List<Cell> row) {
        int headings = 0;
        boolean level = false;
        for (Cell c : row) {
            if (c.merge() == Cell.Merge.FROM_LEFT || c.isBlank()) {
                continue;
            }
            String l = Labels.label(c.text());
            level |= Labels.INDICATOR_HEADINGS.contains(l);
            headings += heading(c) ? 1 : 0;
        }
        return level && headings >= 2 || headings >= 3;
    }

    void row(List<Cell> source) {
        source.forEach(Cell::use);
        List<Cell> row = source;
        int filled = row.size();
        while (filled > 0 && row.get(filled - 1).isBlank()) {
            filled--;
        }
        int width = columns.length;
        while (width > 0 && columns[width - 1] == null) {
            width--;
        }
        if (lead > 0 && filled > 0 && filled < width && !row.get(0).isBlank()
                && row.stream().allMatch(c -> c.merge() == Cell.Merge.NONE)) {
            // A page that lost its rowspans leaves the merged leading cells out (and may pad the row
            // with empty cells at its end): the row's text belongs in its last columns.
            List<Cell> padded = new ArrayList<>();
            for (int i = filled; i < width; i++) {
                padded.add(new Cell("", row.get(0).where()));
            }
            padded.addAll(row.subList(0, filled));
            row = padded;
        }
        if (form.indicators.isEmpty() && subHeadings(row)) {
            return;
        }
        if (lead > 0 && !leadIsColumns && !row.get(0).isBlank() && row.get(0).merge() == Cell.Merge.NONE) {
            // A new leading label inside the table: the rows below are of its term.
            String t = Labels.term(row.get(0).text());
            term = t == null ? term : t;
            if (form.indicatorTitles.putIfAbsent(term, row.get(0).text().strip()) != null
                    && !form.indicatorTitles.get(term).equals(row.get(0).text().strip())) {
                context.report(row.get(0), "指标表左侧的合并格「" + OutsideLines.shorten(row.get(0).text())
                        + "」不是表名，未写入");
            }
        }
        if (continuesAbove(row)) {
            FormDraft.Indicator above = form.indicators.get(form.indicators.size() - 1);
            above.fields.put("level1", above.fields.get("level1") + row.get(level1).text().strip());
            return;
        }
        FormDraft.Indicator indicator = new FormDraft.Indicator();
        indicator.term = term;
        for (int i = leadIsColumns ? 0 : Math.max(lead, 0); i < columns.length; i++) {
            FormDraft.Column column = columns[i];
            Cell c = i < row.size() ? row.get(i) : null;
            if (column == null) {
                if (i > lead && c != null && !c.isBlank() && c.merge() == Cell.Merge.NONE) {
                    // Text under no heading is kept, never dropped: as a column of its own, and said.
                    indicator.extra.put("第 " + (i + 1) + " 列", c.text());
                    context.report(c, "指标表这一列没有表头，照录为第 " + (i + 1) + " 列");
                    FormDraft.Column extra = new FormDraft.Column(null, "第 " + (i + 1) + " 列");
                    if (!form.columns.contains(extra)) {
                        form.columns.add(extra);
                    }
                }
                continue;
            }
            String text = c == null || c.text().isBlank() ? null : c.text();
            if (column.key() == null) {
                indicator.extra.put(column.heading(), c == null || c.merge() == Cell.Merge.NONE ? text : null);
            } else if (column.key().equals("level1")) {
                if (c != null && !c.isBlank()) {
                    indicator.fields.put("level1", text);
                } else if (form.indicators.isEmpty() && c != null && c.merge() == Cell.Merge.NONE) {
                    context.report(c, "指标表第一行的一级指标是空白");
                }
            } else {
                indicator.fields.put(column.key(), text);
            }
        }
        for (int i = columns.length; i < row.size(); i++) {
            Cell c = row.get(i);
            if (!c.isBlank()) {
                indicator.extra.put("第 " + (i + 1) + " 列", c.text());
                context.report(c, "指标行比表头多出一格，照录为第 " + (i + 1) + " 列");
                FormDraft.Column extra = new FormDraft.Column(null, "第 " + (i + 1) + " 列");
                if (!form.columns.contains(extra)) {
                    form.columns.add(extra);
                }
            }
        }
        form.indicators.add(indicator);
    }

    /**
     * A second header row under a heading that spans columns (区域目标值 over 新罗区 | 上杭县 | 漳平市):
     * text only where the first header row had a heading or nothing, none under 一级/二级/三级.
     * Each such column gets its own heading, "区域目标值 新罗区".
     */
    private boolean subHeadings(List<Cell> row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.get(i);
            if (c.isBlank()) {
                continue;
            }
            if (i >= columns.length || i <= lead || columns[i] != null && columns[i].key() != null
                    && List.of("level1", "level2", "name").contains(columns[i].key())) {
                return false;
            }
            any = true;
        }
        if (!any) {
            return false;
        }
        FormDraft.Column parent = null;
        for (int i = leadIsColumns ? 0 : Math.max(lead, 0); i < columns.length; i++) {
            FormDraft.Column own = columns[i];
            Cell c = i < row.size() ? row.get(i) : null;
            if (own != null) {
                parent = own;
            }
            if (c == null || c.isBlank() || parent == null) {
                continue;
            }
            FormDraft.Column sub = new FormDraft.Column(own == parent ? parent.key() : null,
                    parent.heading() + " " + c.text().strip());
            int at = form.columns.indexOf(own != null ? own : parent);
            if (own != null) {
                form.columns.set(at, sub);
            } else {
                form.columns.add(form.columns.lastIndexOf(columns[i - 1]) + 1, sub);
            }
            columns[i] = sub;
        }
        return true;
    }

    /** Only the 一级 cell has text, and the row above has a 一级 label it continues. */
    private boolean continuesAbove(List<Cell> row) {
        if (level1 < 0 || level1 >= row.size() || form.indicators.isEmpty() || row.get(level1).isBlank()) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            if (i != level1 && !row.get(i).isBlank()) {
                return false;
            }
        }
        FormDraft.Indicator above = form.indicators.get(form.indicators.size() - 1);
        return above.fields.get("level1") != null;
    }
}
