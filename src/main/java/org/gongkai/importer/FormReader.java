package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a document of the national form family by its labels, not by position: the
 * 绩效目标表 / 申报表 / 审批表 of any province, as text export, Word, Excel or a web page.
 * It walks the blocks in order and hands each row to the reader that knows it — an indicator
 * table ({@link IndicatorTable}), a goal block ({@link GoalBlock}), a small table
 * ({@link SmallTable}), or label/value pairs ({@link PairRows}); lines outside the tables go to
 * {@link OutsideLines}. Cells no reader placed are reported with their location.
 */
final class FormReader {

    /** What the readers share: the current form, the department, and the report. */
    final class Context {
        /** The form being read, started at {@code at} if none is. */
        FormDraft form(Cell at) {
            if (form == null) {
                startForm(at == null ? "" : at.where(), false);
            }
            return form;
        }

        FormDraft current() {
            return form;
        }

        FormDepartment department() {
            return department;
        }

        void startForm(String where, boolean overall) {
            endForm();
            form = new FormDraft(where, overall);
            List<Cell> lines = List.copyOf(pending);
            pending.clear();
            for (Cell c : lines) {
                OutsideLines.line(c, this);
            }
        }

        /** A table outside any form (no label of the form family in it): its rows, as text, are the department's. */
        void looseRows(List<String> rows) {
            department.notes.addAll(rows);
        }

        void report(Cell at, String message) {
            Finding f = new Finding(source, at == null ? "" : at.where(), message);
            findings.add(f);
            if (form != null) {
                form.findings.add(f);
            } else {
                department.findings.add(f);
            }
        }
    }

    private final String source;
    private final Context context = new Context();
    private final FormDepartment department = new FormDepartment();
    private final List<Finding> findings = new ArrayList<>();
    /** Lines above the first form: they belong to it (title, 预算单位, 填报单位) once it starts. */
    private final List<Cell> pending = new ArrayList<>();
    private FormDraft form;

    private FormReader(String source) {
        this.source = source;
    }

    /** Reads one source's blocks; the department always comes back, with zero or more forms. */
    static FormDepartment read(String source, List<Block> blocks, List<Finding> findings) {
        FormReader reader = new FormReader(source);
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                reader.paragraph(p.cell());
            } else if (block instanceof Block.Table t) {
                new TableWalk(reader.context).table(t);
            }
        }
        reader.end();
        findings.addAll(reader.findings);
        return reader.department;
    }

    private void paragraph(Cell p) {
        p.use();
        if (p.text().isBlank()) {
            return;
        }
        if (form != null && form.hasContent() && OutsideLines.startsForm(p)) {
            // A title after a form's cells: the form is done, the title is the next one's.
            endForm();
        }
        if (form == null) {
            pending.add(p);
        } else {
            OutsideLines.line(p, context);
        }
    }

    private void end() {
        if (form == null && !pending.isEmpty()) {
            // No form at all (targets published as prose): the page's lines belong to the department.
            for (Cell c : pending) {
                OutsideLines.departmentLine(c, context);
            }
        }
        endForm();
    }

    private void endForm() {
        if (form == null) {
            return;
        }
        if (form.overall) {
            if (department.overallTable == null) {
                department.overallTable = form;
            } else {
                department.projects.add(form);
            }
        } else if (form.hasContent() || form.title != null) {
            department.projects.add(form);
        } else {
            // Lines that started no form after all (prose rows of a sheet): the department's.
            department.signOff.addAll(form.signOff);
            department.notes.addAll(form.notes);
            department.findings.addAll(form.findings);
        }
        form = null;
    }
}
