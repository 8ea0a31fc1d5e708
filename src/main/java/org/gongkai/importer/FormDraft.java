package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One form of the national family read by labels — a project's 绩效目标表 / 申报表 / 审批表, or a
 * department's 整体支出绩效目标表 — before it becomes YAML. Filled by the readers in printed
 * order; every value is the printed text (null for a blank cell).
 */
final class FormDraft {

    /** A label/value row the form prints; {@code section} is the merged group label it stood under. */
    record Row(String section, String label, String value) {
    }

    /** A small table of its own (实施进度计划, 预算成本构成): heading cells, then rows of cells. */
    record Table(String title, List<String> columns, List<List<String>> rows) {
    }

    /** A budget amount as printed: which total or source it is, its label, its amount, and where. */
    record Money(Labels.Money kind, String label, PrintedAmount amount, List<Money> nested, int column,
            boolean current) {
    }

    /** One indicator row: the standard keys in column order, then the extra columns by heading. */
    static final class Indicator {
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> extra = new LinkedHashMap<>();
        String term;
    }

    /** A column of an indicator table: the key it fills (null for an extra column) and its heading. */
    record Column(String key, String heading) {
    }

    final String where;
    boolean overall;
    String title;
    String code;
    String amountUnit;
    String unitName;
    /** name, attribute, owner, period… → printed value, in printed order. */
    final Map<String, String> fields = new LinkedHashMap<>();
    /** A field's label as the form printed it, where it differs from the national form's (format.md {@code labels}). */
    final Map<String, String> fieldLabels = new LinkedHashMap<>();
    final List<Money> money = new ArrayList<>();
    /** term (总体, 中期, 长期, 年度) → goals, each a paragraph of the cell. */
    final Map<String, List<String>> goals = new LinkedHashMap<>();
    final Map<String, String> goalLabels = new LinkedHashMap<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final Map<String, String> indicatorTitles = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Row> signOff = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** A line above an indicator table naming it (绩效项目指标表), until the table takes it. */
    String pendingIndicatorTitle;
    /** The printed order of the form's parts, as format.md's {@code layout}. */
    final List<String> layout = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    FormDraft(String where, boolean overall) {
        this.where = where;
        this.overall = overall;
    }

    /** True once anything of the form itself was read, so a new title starts a new form. */
    boolean hasContent() {
        return !fields.isEmpty() || !money.isEmpty() || !goals.isEmpty() || !indicators.isEmpty() || !rows.isEmpty()
                || !tables.isEmpty();
    }

    void part(String name) {
        if (!layout.contains(name)) {
            layout.add(name);
        }
    }
}
