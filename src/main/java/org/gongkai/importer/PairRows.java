package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of label/value pairs: "项目名称 | X | 项目编码 | Y". A row with an odd number of cells
 * starts with a merged group label (资金情况(万元), 项目资金, 项目立项情况) that the rows below
 * continue with a blank first cell. Each label goes where the dictionary says: a named field,
 * a budget amount, a goal, portal metadata, or — for every other label — a generic row, so no
 * printed row is dropped. A budget cell holding its own label ("总额10606.7522万元") is read alone.
 */
final class PairRows {

    private final FormReader.Context context;
    private String section;
    private Cell sectionCell;
    private boolean sectionShown;
    /** This table holds portal metadata: its other labels (公文生成日期) are the department's too. */
    private boolean metadata;

    PairRows(FormReader.Context context) {
        this.context = context;
    }

    void row(List<Cell> own) {
        int start = 0;
        Cell first = own.get(0);
        if (own.size() >= 3 && own.size() % 2 == 1) {
            if (first.isBlank()) {
                start = 1;
            } else if (!known(first) && Labels.norm(first.text()).length() <= 24) {
                endSection();
                section = first.text().strip();
                sectionCell = first;
                sectionShown = false;
                start = 1;
                amountUnitOf(first);
                context.form(first).part(section);
            }
        } else if (!first.isBlank() || own.size() < 2) {
            endSection();
        }
        for (int i = start; i < own.size(); i++) {
            Cell label = own.get(i);
            if (label.isBlank()) {
                Cell value = i + 1 < own.size() ? own.get(i + 1) : null;
                if (value != null && !value.isBlank()) {
                    // A value without a label beside it: more text of the row above, or a cell of a
                    // row wider than its labels (合计 | 814 | | 662.98). Kept as a note, and said.
                    note(value);
                    if (!(i + 1 == own.size() - 1 || own.size() == 2)) {
                        context.report(value, "「" + OutsideLines.shorten(value.text()) + "」左边没有标签，照录在表外文字中");
                    }
                }
                i++;
                continue;
            }
            PrintedAmount.Labelled inCell = PrintedAmount.labelled(label.text());
            if (inCell != null && Labels.money(inCell.label()) != null) {
                money(label, inCell.label(), inCell.amount(), nested(inCell), i);
                continue;
            }
            Cell value = i + 1 < own.size() ? own.get(i + 1) : null;
            if (value != null && !value.isBlank() && heading(value)) {
                // "完成时间 | 年度目标": a known heading is never a value; this label's value is blank.
                pair(label, null, i);
                continue;
            }
            pair(label, value, i);
            i++;
        }
    }

    /** A label of the form family, which never stands as another label's value. */
    private static boolean heading(Cell c) {
        String l = Labels.label(c.text());
        return Labels.FIELDS.containsKey(l) && !l.equals("可行性") && !l.equals("必要性") || Labels.GOAL.matcher(l).matches()
                || Labels.INDICATOR_HEADINGS.contains(l) || Labels.METADATA.containsKey(l) && l.length() > 2
                || Labels.money(c.text()) != null && Labels.money(c.text()) != Labels.Money.SOURCE
                && !c.text().matches(".*\\d.*");
    }

    private boolean known(Cell c) {
        String l = Labels.label(c.text());
        return Labels.FIELDS.containsKey(l) || Labels.money(c.text()) != null && !Labels.GROUP.matcher(l).matches()
                || Labels.METADATA.containsKey(l) || Labels.GOAL.matcher(l).matches();
    }

    private void pair(Cell label, Cell value, int column) {
        String l = Labels.label(label.text());
        String text = value == null || value.isBlank() ? null : value.text();
        FormDraft current = context.current();
        boolean formLabel = Labels.FIELDS.containsKey(l) || Labels.money(label.text()) != null
                || Labels.GOAL.matcher(l).matches();
        if ((Labels.METADATA.containsKey(l) || metadata && !formLabel) && (current == null || !current.hasContent())) {
            metadata = true;
            Metadata.put(context, label, label.text(), text);
            return;
        }
        FormDraft form = context.form(label);
        String key = Labels.FIELDS.get(l);
        if (key != null && field(form, key, label, text)) {
            return;
        }
        Labels.Money kind = Labels.money(label.text());
        if (kind != null && (text == null || PrintedAmount.parse(text).number() != null || kind != Labels.Money.SOURCE)) {
            money(label, Labels.printed(label.text()), PrintedAmount.parse(text), List.of(), column);
            return;
        }
        if (Labels.GOAL.matcher(l).matches()) {
            String term = Labels.term(l) == null ? "年度" : Labels.term(l);
            if (!form.goals.containsKey(term)) {
                GoalBlock.put(form, term, Labels.printed(label.text()), text);
                return;
            }
        }
        form.rows.add(new FormDraft.Row(sectionFor(), Labels.printed(label.text()), text));
        form.part(Labels.printed(label.text()));
    }

    /** A named field; false when the form already has it (the second one becomes a generic row). */
    private boolean field(FormDraft form, String key, Cell label, String text) {
        switch (key) {
            case "unit" -> {
                if (form.unitName != null || text == null) {
                    return false;
                }
                form.unitName = text;
                form.part("unit");
                form.rows.add(new FormDraft.Row(sectionFor(), Labels.printed(label.text()), text));
                return true;
            }
            case "code" -> {
                if (form.code != null || text == null) {
                    return false;
                }
                form.code = text;
                form.part("code");
                return true;
            }
            case "purpose" -> {
                return false;
            }
            default -> {
                if (form.fields.containsKey(key) || text == null && key.equals("name")) {
                    return false;
                }
                form.fields.put(key, text);
                String printed = Labels.printed(label.text());
                if (!printed.equals(org.gongkai.model.FieldLabels.DEFAULTS.get(key))
                        && org.gongkai.model.FieldLabels.DEFAULTS.containsKey(key)) {
                    form.fieldLabels.put(key, printed);
                }
                form.part(key);
                return true;
            }
        }
    }

    private void money(Cell at, String label, PrintedAmount amount, List<FormDraft.Money> nested, int column) {
        FormDraft form = context.form(at);
        Labels.Money kind = Labels.money(label);
        PrintedAmount a = amount;
        if (a.unit() != null) {
            if (form.amountUnit == null) {
                form.amountUnit = a.unit();
            } else if (!form.amountUnit.equals(a.unit()) && a.number() != null) {
                context.report(at, "金额「" + a.printed() + "」的单位与表的金额单位（" + form.amountUnit
                        + "）不同，数字未写入，原文照录");
                a = new PrintedAmount(null, a.printed(), a.unit());
            }
        }
        form.money.add(new FormDraft.Money(kind, Labels.printed(label), a, nested, column, Labels.currentSource(label)));
        form.part("budget");
        sectionShown = sectionShown || section == null;
    }

    private static List<FormDraft.Money> nested(PrintedAmount.Labelled cell) {
        List<FormDraft.Money> out = new ArrayList<>();
        for (PrintedAmount.Labelled n : cell.nested()) {
            out.add(new FormDraft.Money(Labels.Money.SOURCE, n.label(), n.amount(), nested(n), -1,
                    Labels.currentSource(n.label())));
        }
        return out;
    }

    private void note(Cell value) {
        FormDraft form = context.form(value);
        form.notes.add(value.text());
    }

    /** The group label for a generic row under it; once one row carries it, it is on the page. */
    private String sectionFor() {
        if (section != null) {
            sectionShown = true;
        }
        return section;
    }

    /** The end of a table: its last group label is done. */
    void end() {
        endSection();
    }

    /**
     * A group label no generic row carried (资金情况(万元) over budget rows) is written as a row of its
     * own with no value, where it was printed; one that rows carry is their section, not a part.
     */
    private void endSection() {
        if (section != null) {
            FormDraft form = context.form(sectionCell);
            if (sectionShown) {
                form.layout.remove(section);
            } else {
                form.rows.add(new FormDraft.Row(null, section, null));
            }
        }
        section = null;
        sectionCell = null;
    }

    /** "资金情况 (万元)": the amounts beside it are in 万元. */
    private void amountUnitOf(Cell group) {
        String n = Labels.norm(group.text());
        FormDraft form = context.form(group);
        if (form.amountUnit == null && (n.contains("(万元)") || n.contains("(元)"))) {
            form.amountUnit = n.contains("(万元)") ? "万元" : "元";
        }
    }
}
