package org.gongkai.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.model.Budget;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.FormParts;
import org.gongkai.model.IndicatorColumn;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.Period;
import org.gongkai.model.Project;
import org.gongkai.model.ScheduleEntry;
import org.gongkai.model.Silence;
import org.gongkai.model.Target;

/** projects/&lt;code&gt;.yaml → {@link Project}. */
final class ProjectReader {

    /** Named text rows of a project form beyond the 遵化 layout (labels in {@link org.gongkai.model.FieldLabels}). */
    static final List<String> TEXT_KEYS = List.of("implementing_unit", "contact", "phone", "category", "nature",
            "overview", "basis", "feasibility", "necessity", "measures");
    static final List<String> KEYS = keys();
    static final List<String> MONEY_UNITS = List.of("万元", "元");
    static final List<String> SILENCE_KEYS = List.of("rule", "row", "reason");
    static final List<String> BUDGET_KEYS = concat(List.of("total", "fiscal", "other"), FormReader.BUDGET_DETAIL_KEYS);
    static final List<String> PERIOD_KEYS = List.of("start", "end");
    static final List<String> INDICATOR_KEYS = List.of("level1", "level2", "name", "description",
            "target", "basis", "term", "extra");

    private ProjectReader() {
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("code", "name", "unit", "order", "budget", "purpose",
                "schedule", "goals", "long_term_goals", "attribute", "department_in_charge", "owner",
                "period", "indicators", "silence", "amount_unit", "draft", "attachments"));
        keys.addAll(TEXT_KEYS);
        keys.addAll(FormReader.FORM_KEYS);
        return List.copyOf(keys);
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Reads the project; a code it gives must be the file name without ".yaml", and without one the
     * file name is the project's id.
     */
    static Project read(Node root, Origin file, String fileCode, boolean incomplete, Path siteDir, Problems problems) {
        Fields f = Fields.of(root, KEYS, "项目文件", problems);
        if (f == null) {
            return null;
        }
        boolean codeDisclosed = f.has("code");
        String code = codeDisclosed ? f.requiredText("code", "项目文件") : fileCode;
        if (code != null && !code.equals(fileCode)) {
            problems.add(f.node("code").origin(),
                    "项目编码 \"" + code + "\" 与文件名 \"" + fileCode + ".yaml\" 不一致");
        }
        String name = f.requiredText("name", "项目文件");
        Integer order = f.integer("order");
        if (order != null && order < 1) {
            problems.add(f.node("order").origin(), "\"order\" 应为从 1 开始的序号，这里是 " + order);
        }
        FormParts form = FormReader.read(f, TEXT_KEYS, problems);
        Node budgetNode = f.node("budget");
        Fields b = budgetNode == null ? null : Fields.of(budgetNode, BUDGET_KEYS, "预算（budget）", problems);
        return new Project(code, name, f.text("unit"), order, budget(b, problems), f.text("purpose"),
                schedule(f, problems), f.texts("goals"), f.texts("long_term_goals"), f.text("attribute"),
                f.text("department_in_charge"), f.text("owner"), period(f, problems),
                indicators(f, form, problems), silences(f, problems), file,
                f.node("code") != null ? f.node("code").origin() : file, f.keyOrigin("budget"),
                f.keyOrigin("purpose"), f.node("unit") != null ? f.node("unit").origin() : file, codeDisclosed, f.oneOf("amount_unit", MONEY_UNITS), budgetNode != null,
                b == null ? BudgetDetails.NONE : FormReader.budgetDetails(b, problems), form, f.flag("draft", false),
                incomplete, AttachmentReader.read(f, siteDir, problems));
    }

    /** 起止时间: a mapping of start and end, or one printed text such as 2021.1-2021.12. */
    private static Period period(Fields f, Problems problems) {
        Node node = f.node("period");
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof Node.Scalar) {
            return new Period(null, null, f.text("period"));
        }
        Fields p = Fields.of(node, PERIOD_KEYS, "起止时间（period）", problems);
        return p == null ? null : new Period(p.text("start"), p.text("end"), null);
    }

    /** Cells of extra printed columns by heading; each heading must be an extra column of indicator_columns. */
    private static Map<String, String> extra(Fields r, List<String> headings, Problems problems) {
        Node node = r.node("extra");
        Map<String, String> extra = new LinkedHashMap<>();
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return extra;
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node.origin(), "\"extra\" 应为 列名: 文字 的映射（如 备注: 无），这里是" + node.describe());
            return extra;
        }
        for (Node.Entry entry : map.entries().values()) {
            if (!headings.contains(entry.key())) {
                problems.add(entry.keyOrigin(), "指标行的列 \"" + entry.key() + "\" 未列在 indicator_columns 中"
                        + "（先在 indicator_columns 里写 - heading: " + entry.key() + "）");
            }
            if (entry.value() instanceof Node.Scalar scalar) {
                extra.put(entry.key(), scalar.isNull() ? null : scalar.text());
            } else {
                problems.add(entry.value().origin(), "\"" + entry.key() + "\" 应为文本，这里是" + entry.value().describe());
            }
        }
        return extra;
    }

    static List<Silence> silences(Fields f, Problems problems) {
        List<Silence> list = new ArrayList<>();
        for (Node item : f.list("silence")) {
            Fields s = Fields.of(item, SILENCE_KEYS, "忽略的检查（silence）", problems);
            if (s != null) {
                String rule = s.requiredText("rule", "忽略的检查（silence）");
                String reason = s.requiredText("reason", "忽略的检查（silence）必须写明理由，");
                if (rule != null && reason != null) {
                    list.add(new Silence(rule, s.text("row"), reason, s.origin()));
                }
            }
        }
        return list;
    }

    /** The budget's amounts; {@link Budget#EMPTY} when the form printed none. */
    static Budget budget(Fields b, Problems problems) {
        if (b == null) {
            return Budget.EMPTY;
        }
        if (!b.has("total")) {
            problems.add(b.origin(), "预算缺少键 \"total\"（预算数；空白请写 null）");
        }
        return new Budget(b.decimal("total"), b.decimal("fiscal"), b.decimal("other"));
    }

    private static List<ScheduleEntry> schedule(Fields f, Problems problems) {
        Node node = f.node("schedule");
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node.origin(), "\"schedule\" 应为 月份: 累计百分比 的映射（如 3: 30），这里是" + node.describe());
            return List.of();
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Node.Entry entry : map.entries().values()) {
            int month;
            try {
                month = Integer.parseInt(entry.key().strip());
            } catch (NumberFormatException e) {
                month = 0;
            }
            if (month < 1 || month > 12) {
                problems.add(entry.keyOrigin(), "资金支出计划的键应为月份 1–12，这里是 \"" + entry.key() + "\"");
                continue;
            }
            BigDecimal percent = Fields.decimal(entry.value(), month + "月底的累计支出百分比", problems);
            entries.add(new ScheduleEntry(month, percent, entry.keyOrigin()));
        }
        entries.sort(Comparator.comparingInt(ScheduleEntry::month));
        return entries;
    }

    static List<Indicator> indicators(Fields f, FormParts form, Problems problems) {
        List<Indicator> rows = new ArrayList<>();
        String level1 = null;
        boolean hasLevel1 = form.hasLevel1Column();
        List<String> extraHeadings = form.indicatorColumns().stream().filter(c -> c.key() == null)
                .map(IndicatorColumn::heading).toList();
        for (Node item : f.list("indicators")) {
            Fields r = Fields.of(item, INDICATOR_KEYS, "指标行", problems);
            if (r == null) {
                continue;
            }
            String own = r.text("level1");
            boolean continued = own == null || own.isBlank();
            if (!continued) {
                level1 = own;
            } else if (level1 == null && hasLevel1) {
                problems.add(r.keyOrigin("level1"),
                        "第一行指标缺少 \"level1\"（一级指标）：只有后续行可以省略它以沿用上一行");
            }
            String name = r.text("name");
            Node target = r.node("target");
            String targetText = r.text("target");
            rows.add(new Indicator(level1, continued, r.text("level2"), name, r.text("description"),
                    targetText, r.text("basis"), r.oneOf("term", FormReader.TERMS), r.origin(),
                    target != null ? target.origin() : r.origin(), Target.parse(targetText),
                    extra(r, extraHeadings, problems)));
        }
        return rows;
    }
}
