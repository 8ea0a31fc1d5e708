package org.gongkai.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Budget;
import org.gongkai.model.Indicator;
import org.gongkai.model.Origin;
import org.gongkai.model.Period;
import org.gongkai.model.Project;
import org.gongkai.model.ScheduleEntry;
import org.gongkai.model.Silence;
import org.gongkai.model.Target;

/** projects/&lt;code&gt;.yaml → {@link Project}. */
final class ProjectReader {

    static final List<String> KEYS = List.of("code", "name", "unit", "order", "budget", "purpose",
            "schedule", "goals", "long_term_goals", "attribute", "department_in_charge", "owner",
            "period", "indicators", "silence");
    static final List<String> SILENCE_KEYS = List.of("rule", "row", "reason");
    static final List<String> BUDGET_KEYS = List.of("total", "fiscal", "other");
    static final List<String> PERIOD_KEYS = List.of("start", "end");
    static final List<String> INDICATOR_KEYS = List.of("level1", "level2", "name", "description",
            "target", "basis", "term");
    static final List<String> TERMS = List.of("年度", "长期");

    private ProjectReader() {
    }

    /** Reads the project; its code must be the file name without ".yaml". */
    static Project read(Node root, Origin file, String fileCode, Problems problems) {
        Fields f = Fields.of(root, KEYS, "项目文件", problems);
        if (f == null) {
            return null;
        }
        String code = f.requiredText("code", "项目文件");
        if (code != null && !code.equals(fileCode)) {
            problems.add(f.node("code").origin(),
                    "项目编码 \"" + code + "\" 与文件名 \"" + fileCode + ".yaml\" 不一致");
        }
        String name = f.requiredText("name", "项目文件");
        Integer order = f.integer("order");
        if (order != null && order < 1) {
            problems.add(f.node("order").origin(), "\"order\" 应为从 1 开始的序号，这里是 " + order);
        }
        Period period = null;
        if (f.node("period") != null) {
            Fields p = Fields.of(f.node("period"), PERIOD_KEYS, "起止时间（period）", problems);
            if (p != null) {
                period = new Period(p.text("start"), p.text("end"));
            }
        }
        return new Project(code, name, f.text("unit"), order, budget(f, problems), f.text("purpose"),
                schedule(f, problems), f.texts("goals"), f.texts("long_term_goals"), f.text("attribute"),
                f.text("department_in_charge"), f.text("owner"), period, indicators(f, problems),
                silences(f, problems), file, f.node("code") != null ? f.node("code").origin() : file,
                f.keyOrigin("budget"), f.keyOrigin("purpose"), f.node("unit") != null ? f.node("unit").origin() : file);
    }

    private static List<Silence> silences(Fields f, Problems problems) {
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

    private static Budget budget(Fields f, Problems problems) {
        Node node = f.node("budget");
        if (node == null) {
            problems.add(f.origin(), "项目文件缺少必填的键 \"budget\"（预算数、财政资金、其他资金）");
            return Budget.EMPTY;
        }
        Fields b = Fields.of(node, BUDGET_KEYS, "预算（budget）", problems);
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

    private static List<Indicator> indicators(Fields f, Problems problems) {
        List<Indicator> rows = new ArrayList<>();
        String level1 = null;
        for (Node item : f.list("indicators")) {
            Fields r = Fields.of(item, INDICATOR_KEYS, "指标行", problems);
            if (r == null) {
                continue;
            }
            String own = r.text("level1");
            boolean continued = own == null || own.isBlank();
            if (!continued) {
                level1 = own;
            } else if (level1 == null) {
                problems.add(r.keyOrigin("level1"),
                        "第一行指标缺少 \"level1\"（一级指标）：只有后续行可以省略它以沿用上一行");
            }
            String name = r.requiredText("name", "指标行");
            Node target = r.node("target");
            String targetText = r.text("target");
            rows.add(new Indicator(level1, continued, r.text("level2"), name, r.text("description"),
                    targetText, r.text("basis"), r.oneOf("term", TERMS), r.origin(),
                    target != null ? target.origin() : r.origin(), Target.parse(targetText)));
        }
        return rows;
    }
}
