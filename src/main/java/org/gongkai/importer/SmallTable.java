package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small table inside a form: a title cell (项目实施进度计划, 预算成本构成, 资金支出计划) with its
 * column headings beside it, then rows under it whose first cell is blank (merged with the title).
 */
final class SmallTable {

    private static final Pattern TITLE = Pattern.compile(".*(进度|计划|构成|测算|明细|任务|安排|清单).*");

    private final FormReader.Context context;
    private final FormDraft.Table table;

    SmallTable(FormReader.Context context, List<Cell> own) {
        this.context = context;
        own.forEach(Cell::use);
        List<String> columns = new ArrayList<>();
        for (Cell c : own.subList(1, own.size())) {
            columns.add(c.isBlank() ? null : c.text());
        }
        table = new FormDraft.Table(own.get(0).text().strip(), columns, new ArrayList<>());
        FormDraft form = context.form(own.get(0));
        form.tables.add(table);
        form.part(table.title());
    }

    /** A title that names a table, and two or more headings beside it, none of them a number. */
    static boolean starts(List<Cell> own) {
        if (own.size() < 3 || own.get(0).isBlank()) {
            return false;
        }
        String title = Labels.label(own.get(0).text());
        if (!TITLE.matcher(title).matches() || Labels.FIELDS.containsKey(title) || Labels.money(title) != null) {
            return false;
        }
        for (Cell c : own.subList(1, own.size())) {
            String l = Labels.label(c.text());
            if (c.isBlank() || l.length() > 16 || PrintedAmount.parse(c.text()).number() != null) {
                return false;
            }
        }
        return true;
    }

    boolean continues(List<Cell> own) {
        return own.get(0).isBlank();
    }

    void row(List<Cell> own) {
        List<String> cells = new ArrayList<>();
        for (Cell c : own.subList(1, own.size())) {
            c.use();
            cells.add(c.isBlank() ? null : c.text());
        }
        own.get(0).use();
        table.rows().add(cells);
        if (cells.size() > table.columns().size()) {
            context.report(own.get(own.size() - 1), "表「" + table.title() + "」的这一行比表头多 "
                    + (cells.size() - table.columns().size()) + " 格，照录");
        }
    }
}
