package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.FormParts;
import org.gongkai.model.OverallTable;

/** department.yaml {@code overall_table} → {@link OverallTable}, the 部门（单位）整体支出绩效目标表. */
final class OverallTableReader {

    static final List<String> KEYS = keys();
    static final List<String> TASK_KEYS = List.of("name", "content", "amount", "printed");

    private OverallTableReader() {
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("amount_unit", "budget", "functions", "tasks", "goals",
                "long_term_goals", "indicators", "silence"));
        keys.addAll(FormReader.FORM_KEYS);
        return List.copyOf(keys);
    }

    /** Null when the department has no such table. */
    static OverallTable read(Node node, Problems problems) {
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        String what = "部门整体支出绩效目标表（overall_table）";
        Fields f = Fields.of(node, KEYS, what, problems);
        if (f == null) {
            return null;
        }
        FormParts form = FormReader.read(f, List.of(), problems);
        Node budgetNode = f.node("budget");
        Fields b = budgetNode == null ? null : Fields.of(budgetNode, ProjectReader.BUDGET_KEYS, "预算（budget）", problems);
        List<OverallTable.Task> tasks = new ArrayList<>();
        for (Node item : f.list("tasks")) {
            Fields t = Fields.of(item, TASK_KEYS, "年度主要任务（tasks）", problems);
            if (t != null) {
                tasks.add(new OverallTable.Task(t.text("name"), t.text("content"), t.decimal("amount"),
                        t.text("printed"), t.origin()));
            }
        }
        return new OverallTable(f.oneOf("amount_unit", ProjectReader.MONEY_UNITS), ProjectReader.budget(b, problems),
                b == null ? BudgetDetails.NONE : FormReader.budgetDetails(b, problems), f.text("functions"), tasks,
                FormReader.goals(f, "goals"), FormReader.goals(f, "long_term_goals"),
                ProjectReader.indicators(f, form, problems), form, ProjectReader.silences(f, problems), f.origin());
    }
}
