package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a form, row by row: each row goes to the reader whose block it continues (an
 * indicator table, a goal block, a small table), or starts a new block, or is label/value pairs.
 * A row's cells are its own cells: the copies a merge across columns left are not cells of
 * their own (a merge down is: it stands for the label above it).
 */
final class TableWalk {

    private final FormReader.Context context;
    private final PairRows pairs;
    private IndicatorTable indicators;
    private GoalBlock goals;
    private SmallTable small;

    TableWalk(FormReader.Context context) {
        this.context = context;
        this.pairs = new PairRows(context);
    }

    void table(Block.Table table) {
        if (loose(table)) {
            looseTable(table);
            return;
        }
        for (List<Cell> row : table.rows()) {
            row(row);
        }
        end();
        pairs.end();
        for (List<Cell> row : table.rows()) {
            for (Cell c : row) {
                if (!c.used() && !c.isBlank()) {
                    c.use();
                    context.report(c, "未能归入任何栏目，未导入：「" + OutsideLines.shorten(c.text()) + "」");
                }
                c.use();
            }
        }
    }

    private void row(List<Cell> row) {
        List<Cell> own = row.stream().filter(c -> c.merge() != Cell.Merge.FROM_LEFT).toList();
        if (own.isEmpty() || own.stream().allMatch(Cell::isBlank)) {
            row.forEach(Cell::use);
            return;
        }
        if (IndicatorTable.isHeader(row)) {
            end();
            indicators = new IndicatorTable(context, row);
            return;
        }
        boolean startsOther = startsOther(own);
        if (indicators != null && !startsOther) {
            indicators.row(row);
            return;
        }
        if (goals != null && goals.expectsValues() && !startsOther) {
            goals.values(own);
            return;
        }
        if (small != null && small.continues(own)) {
            small.row(own);
            return;
        }
        end();
        long filled = own.stream().filter(c -> !c.isBlank()).count();
        if (filled == 1 && own.size() == 1 || filled == 1 && own.get(0).merge() == Cell.Merge.NONE && !own.get(0).isBlank()
                && own.stream().skip(1).allMatch(Cell::isBlank) && OutsideLines.isLine(own.get(0))) {
            // One cell across the table: a title, the year or the unit line, as above the table.
            Cell only = own.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
            row.forEach(Cell::use);
            OutsideLines.line(only, context);
            return;
        }
        if (filled == 1 && !own.get(0).isBlank() && Labels.norm(own.get(0).text()).length() > 40) {
            // One long text alone in its row (a layout whose merged cells were lost): a note of the form.
            row.forEach(Cell::use);
            context.form(own.get(0)).notes.add(own.get(0).text());
            return;
        }
        if (GoalBlock.isHeading(own)) {
            goals = new GoalBlock(context, own);
            return;
        }
        if (SmallTable.starts(own)) {
            small = new SmallTable(context, own);
            return;
        }
        pairs.row(own);
        row.forEach(Cell::use);
    }

    /** No label of the form family anywhere in it: a table of its own (a 分配表, a list of items). */
    private static boolean loose(Block.Table table) {
        for (List<Cell> row : table.rows()) {
            List<Cell> own = row.stream().filter(c -> c.merge() != Cell.Merge.FROM_LEFT).toList();
            if (own.isEmpty()) {
                continue;
            }
            if (IndicatorTable.isHeader(row) || SmallTable.starts(own) || GoalBlock.isHeading(own)) {
                return false;
            }
            for (Cell c : own) {
                String l = Labels.label(c.text());
                if (!c.isBlank() && (Labels.FIELDS.containsKey(l) || Labels.money(c.text()) != null
                        || Labels.GOAL.matcher(l).matches() || Labels.METADATA.containsKey(l)
                        || Labels.GROUP.matcher(l).matches() || OutsideLines.isLine(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A loose table inside a form is one of its tables (first row as headings); outside any form
     * its rows are kept as the department's notes, one line a row, cells apart by " | ".
     */
    private void looseTable(Block.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                c.use();
                if (c.merge() != Cell.Merge.FROM_LEFT) {
                    cells.add(c.isBlank() ? null : c.text());
                }
            }
            if (cells.stream().anyMatch(t -> t != null)) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        FormDraft form = context.current();
        if (form == null) {
            context.looseRows(rows.stream().map(r -> String.join(" | ", r.stream().map(t -> t == null ? "" : t)
                    .toList()).strip()).toList());
            return;
        }
        FormDraft.Table t = new FormDraft.Table("表格", rows.get(0), new ArrayList<>(rows.subList(1, rows.size())));
        form.tables.add(t);
        form.part(t.title());
    }

    private void end() {
        if (goals != null) {
            goals.finish();
        }
        indicators = null;
        goals = null;
        small = null;
    }

    /** A row that begins a part of its own (a known label in its first cell), ending the block before it. */
    private static boolean startsOther(List<Cell> own) {
        Cell first = own.get(0);
        if (first.isBlank()) {
            return false;
        }
        String l = Labels.label(first.text());
        return Labels.FIELDS.containsKey(l) || Labels.money(first.text()) != null || Labels.GOAL.matcher(l).matches()
                && own.size() <= 3 || Labels.GROUP.matcher(l).matches() || SmallTable.starts(own)
                || Labels.METADATA.containsKey(l);
    }
}
