package org.gongkai.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.FieldLabels;
import org.gongkai.model.FormParts;
import org.gongkai.model.FormRow;
import org.gongkai.model.FormTable;
import org.gongkai.model.FundSource;
import org.gongkai.model.IndicatorColumn;
import org.gongkai.model.NamedText;

/**
 * The optional parts of a printed form shared by project files and a department's overall_table:
 * named text rows, goals per term, indicator columns and titles, generic rows and tables, sign-off
 * lines, notes, the printed order, and the printed details of the budget.
 */
final class FormReader {

    static final List<String> TERMS = List.of("年度", "长期", "中期", "总体");
    static final List<String> SOURCE_TERMS = List.of("当年", "总");
    static final List<String> FORM_KEYS = List.of("title", "labels", "mid_term_goals", "overall_goals", "goal_labels",
            "indicator_titles", "indicator_columns", "rows", "tables", "sign_off", "notes", "layout");
    /** The named fields whose printed label a form may give ({@code labels:}). */
    static final List<String> LABEL_KEYS = List.copyOf(FieldLabels.DEFAULTS.keySet());
    static final List<String> ROW_KEYS = List.of("section", "label", "value");
    static final List<String> TABLE_KEYS = List.of("title", "columns", "rows");
    static final List<String> COLUMN_KEYS = List.of("key", "heading");
    static final List<String> SOURCE_KEYS = List.of("name", "amount", "printed", "term", "sources");
    static final List<String> BUDGET_DETAIL_KEYS = List.of("total_label", "total_printed", "fiscal_printed",
            "other_printed", "overall", "overall_label", "overall_printed", "sources");
    static final List<String> COLUMN_ROW_KEYS = List.of("level1", "level2", "name", "description", "target",
            "basis", "term");

    private FormReader() {
    }

    /** The form parts of a file whose named text keys are {@code textKeys}. */
    static FormParts read(Fields f, List<String> textKeys, Problems problems) {
        Map<String, String> labels = keyedTexts(f.node("labels"), LABEL_KEYS, "原表的标签（labels）", problems);
        List<NamedText> texts = new ArrayList<>();
        for (String key : textKeys) {
            String value = f.text(key);
            if (value != null) {
                texts.add(new NamedText(key, labels.getOrDefault(key, FieldLabels.DEFAULTS.get(key)), value, f.keyOrigin(key)));
            }
        }
        return new FormParts(f.text("title"), texts, goals(f, "mid_term_goals"), goals(f, "overall_goals"),
                termMap(f, "goal_labels", problems), termMap(f, "indicator_titles", problems),
                columns(f, problems), rows(f, "rows", problems), tables(f, problems), rows(f, "sign_off", problems),
                f.texts("notes"), f.texts("layout"), labels);
    }

    /** A goal list that may be present but empty (a printed heading over a blank cell); null when absent. */
    static List<String> goals(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        return f.texts(key);
    }

    private static Map<String, String> termMap(Fields f, String key, Problems problems) {
        return keyedTexts(f.node(key), TERMS, "\"" + key + "\"（按指标期限：年度、长期、中期、总体）", problems);
    }

    /**
     * A mapping of texts by a fixed set of keys (terms, field or catalogue keys), in the order of
     * {@code keys}; empty when absent or blank. Any other key is reported as unknown.
     */
    static Map<String, String> keyedTexts(Node node, List<String> keys, String what, Problems problems) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return map;
        }
        Fields m = Fields.of(node, keys, what, problems);
        if (m != null) {
            for (String key : keys) {
                String text = m.text(key);
                if (text != null) {
                    map.put(key, text);
                }
            }
        }
        return map;
    }

    private static List<IndicatorColumn> columns(Fields f, Problems problems) {
        List<IndicatorColumn> columns = new ArrayList<>();
        for (Node item : f.list("indicator_columns")) {
            Fields c = Fields.of(item, COLUMN_KEYS, "指标表的列（indicator_columns）", problems);
            if (c != null) {
                String heading = c.requiredText("heading", "指标表的列（indicator_columns）");
                String key = c.oneOf("key", COLUMN_ROW_KEYS);
                if (heading != null) {
                    columns.add(new IndicatorColumn(key, heading));
                }
            }
        }
        return columns;
    }

    private static List<FormRow> rows(Fields f, String key, Problems problems) {
        String what = key.equals("rows") ? "表中的行（rows）" : "落款（sign_off）";
        List<FormRow> rows = new ArrayList<>();
        for (Node item : f.list(key)) {
            Fields r = Fields.of(item, ROW_KEYS, what, problems);
            if (r != null) {
                String label = r.requiredText("label", what);
                if (!r.has("value")) {
                    problems.add(r.origin(), what + "缺少键 \"value\"（空白请写 null）");
                }
                if (label != null) {
                    rows.add(new FormRow(r.text("section"), label, r.text("value"), r.origin()));
                }
            }
        }
        return rows;
    }

    private static List<FormTable> tables(Fields f, Problems problems) {
        List<FormTable> tables = new ArrayList<>();
        for (Node item : f.list("tables")) {
            Fields t = Fields.of(item, TABLE_KEYS, "表格（tables）", problems);
            if (t == null) {
                continue;
            }
            List<String> columns = cells(t.node("columns"), problems);
            List<List<String>> rows = new ArrayList<>();
            for (Node row : t.list("rows")) {
                rows.add(cells(row, problems));
            }
            tables.add(new FormTable(t.text("title"), columns, rows, t.origin()));
        }
        return tables;
    }

    /** A list of cells, each text or null (blank). */
    private static List<String> cells(Node node, Problems problems) {
        List<String> cells = new ArrayList<>();
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return cells;
        }
        if (!(node instanceof Node.ListNode list)) {
            problems.add(node.origin(), "表格的一行应为列表（如 [开始时间, 完成时间]），这里是" + node.describe());
            return cells;
        }
        for (Node cell : list.items()) {
            if (cell instanceof Node.Scalar scalar) {
                cells.add(scalar.isNull() ? null : scalar.text());
            } else {
                problems.add(cell.origin(), "表格的单元格应为文本，这里是" + cell.describe());
                cells.add(null);
            }
        }
        return cells;
    }

    /** The printed details of a budget mapping {@code b} (its amounts are read by the caller). */
    static BudgetDetails budgetDetails(Fields b, Problems problems) {
        return new BudgetDetails(b.text("total_label"), b.text("total_printed"), b.text("fiscal_printed"),
                b.text("other_printed"), b.decimal("overall"), b.text("overall_label"), b.text("overall_printed"),
                sources(b.list("sources"), problems));
    }

    private static List<FundSource> sources(List<Node> items, Problems problems) {
        List<FundSource> sources = new ArrayList<>();
        for (Node item : items) {
            Fields s = Fields.of(item, SOURCE_KEYS, "资金来源（sources）", problems);
            if (s == null) {
                continue;
            }
            String name = s.requiredText("name", "资金来源（sources）");
            if (!s.has("amount")) {
                problems.add(s.origin(), "资金来源缺少键 \"amount\"（金额；空白请写 null）");
            }
            BigDecimal amount = s.decimal("amount");
            if (name != null) {
                sources.add(new FundSource(name, amount, s.text("printed"), s.oneOf("term", SOURCE_TERMS),
                        sources(s.list("sources"), problems), s.origin()));
            }
        }
        return sources;
    }
}
