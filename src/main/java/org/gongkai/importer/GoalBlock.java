package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A goal block: a heading row naming the terms ("总体目标 | 年度目标", "长期目标 | 年度目标",
 * "总体目标 | 中期目标 | 年度目标"), then a row with each term's goals in the same column. A
 * leading heading without a term (项目绩效目标) groups the others and is said in the report.
 */
final class GoalBlock {

    private final FormReader.Context context;
    private final List<Cell> heading;
    private boolean done;

    GoalBlock(FormReader.Context context, List<Cell> own) {
        this.context = context;
        this.heading = own;
        own.forEach(Cell::use);
        FormDraft form = context.form(own.get(0));
        form.part("goals");
    }

    /** Goal headings and nothing else in the row: two or more, or one alone in its row (the goals below it). */
    static boolean isHeading(List<Cell> own) {
        int terms = 0;
        int filled = 0;
        for (Cell c : own) {
            if (c.isBlank()) {
                continue;
            }
            String l = Labels.label(c.text());
            if (!Labels.GOAL.matcher(l).matches()) {
                return false;
            }
            terms += Labels.term(l) != null ? 1 : 0;
            filled++;
        }
        return terms >= 2 || terms == 1 && filled == 1 && own.size() > 1;
    }

    boolean expectsValues() {
        return !done;
    }

    /** A heading row with no value row after it: each term printed, with blank goals. */
    void finish() {
        if (!done) {
            values(List.of());
        }
    }

    void values(List<Cell> own) {
        done = true;
        FormDraft form = context.form(heading.get(0));
        for (int i = 0; i < heading.size(); i++) {
            Cell h = heading.get(i);
            Cell v = i < own.size() ? own.get(i) : null;
            if (v != null) {
                v.use();
            }
            if (h.isBlank()) {
                if (v != null && !v.isBlank()) {
                    form.notes.add(v.text());
                }
                continue;
            }
            String term = Labels.term(h.text());
            if (term == null) {
                if (v != null && !v.isBlank()) {
                    form.notes.add(v.text());
                }
                // 项目绩效目标 over 长期目标 | 年度目标: a group label, written as a row of its own.
                form.rows.add(new FormDraft.Row(null, h.text().strip(), null));
                continue;
            }
            put(form, term, Labels.printed(h.text()), v == null || v.isBlank() ? null : v.text());
        }
        for (int i = heading.size(); i < own.size(); i++) {
            if (!own.get(i).isBlank()) {
                own.get(i).use();
                form.notes.add(own.get(i).text());
            }
        }
    }

    /** A term's goals, one per paragraph of the cell, verbatim; a blank cell is an empty list. */
    static void put(FormDraft form, String term, String printedLabel, String text) {
        List<String> goals = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    goals.add(line.strip());
                }
            }
        }
        if (form.goals.containsKey(term)) {
            form.goals.get(term).addAll(goals);
        } else {
            form.goals.put(term, goals);
        }
        String canonical = term + "目标";
        String label = printedLabel.replaceAll("\\s+", "");
        if (!label.equals(canonical)) {
            form.goalLabels.putIfAbsent(term, label);
        }
        form.part("goals");
    }
}
