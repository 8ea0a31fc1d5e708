package org.gongkai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.BudgetUnit;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.Origin;

/** department.yaml → {@link Department} (without its projects, which are attached later). */
final class DepartmentReader {

    static final List<String> KEYS = List.of("code", "name", "short_name", "year", "unit", "units",
            "overall_goal", "item_goals", "measures", "disclosure", "title", "overall_table", "rows", "sign_off",
            "notes", "draft", "attachments");
    static final List<String> DISCLOSURE_KEYS = List.of("index_number", "publisher", "date", "category",
            "document_number", "title", "validity", "method", "labels");
    /** The catalogue entries whose printed label a portal may give ({@code disclosure.labels}). */
    static final List<String> DISCLOSURE_LABEL_KEYS = DISCLOSURE_KEYS.subList(0, DISCLOSURE_KEYS.size() - 1);
    static final List<String> UNIT_KEYS = List.of("code", "name");
    static final List<String> ITEM_GOAL_KEYS = List.of("name", "content", "goal", "indicator");
    static final List<String> MONEY_UNITS = List.of("万元", "元");

    private DepartmentReader() {
    }

    /**
     * Reads the department; {@code folderCode} and {@code folderYear} are what the path says, and
     * the file must agree with them.
     */
    static Department read(Node root, Origin file, String folderCode, int folderYear, boolean incomplete,
                           Path siteDir, Problems problems) {
        Fields f = Fields.of(root, KEYS, "部门文件", problems);
        if (f == null) {
            return null;
        }
        boolean codeDisclosed = f.has("code");
        String code = codeDisclosed ? f.requiredText("code", "部门文件") : folderCode;
        if (code != null && !code.equals(folderCode)) {
            problems.add(f.node("code").origin(),
                    "部门编码 \"" + code + "\" 与所在文件夹 \"" + folderCode + "\" 不一致");
        }
        String name = f.requiredText("name", "部门文件");
        Integer year = f.integer("year");
        if (year == null && !f.has("year")) {
            problems.add(f.origin(), "部门文件缺少必填的键 \"year\"");
        } else if (year != null && year != folderYear) {
            problems.add(f.node("year").origin(),
                    "年度 " + year + " 与所在文件夹 \"" + folderYear + "\" 不一致");
        }
        String unit = f.oneOf("unit", MONEY_UNITS);
        if (!f.has("unit")) {
            problems.add(f.origin(), "部门文件缺少必填的键 \"unit\"（金额单位：万元 或 元）");
        }
        List<BudgetUnit> units = new ArrayList<>();
        Set<String> unitCodes = new HashSet<>();
        for (Node item : f.list("units")) {
            Fields u = Fields.of(item, UNIT_KEYS, "预算单位", problems);
            if (u == null) {
                continue;
            }
            String unitCode = u.has("code") ? u.requiredText("code", "预算单位") : null;
            String unitName = u.requiredText("name", "预算单位");
            if (unitCode != null && !unitCodes.add(unitCode)) {
                problems.add(u.node("code").origin(), "预算单位编码 \"" + unitCode + "\" 重复");
            }
            if (unitName != null && (unitCode != null || !u.has("code"))) {
                units.add(new BudgetUnit(unitCode, unitName));
            }
        }
        List<ItemGoal> itemGoals = new ArrayList<>();
        for (Node item : f.list("item_goals")) {
            Fields g = Fields.of(item, ITEM_GOAL_KEYS, "分项绩效目标", problems);
            if (g != null) {
                itemGoals.add(new ItemGoal(g.requiredText("name", "分项绩效目标"), MarkdownText.read(g, "content", problems),
                        g.text("goal"), g.text("indicator")));
            }
        }
        // Without a code the folder's stands in (the missing key is reported above), so the
        // loader can still sort and compare departments and report every other problem.
        return new Department(code != null ? code : folderCode, name, f.text("short_name"), year != null ? year : folderYear,
                unit != null ? unit : MONEY_UNITS.get(0), units, MarkdownText.read(f, "overall_goal", problems), itemGoals,
                MarkdownText.read(f, "measures", problems), List.of(), disclosure(f, problems), file, codeDisclosed,
                FormReader.read(f, List.of(), problems),
                OverallTableReader.read(f.node("overall_table"), problems), f.flag("draft", false), incomplete,
                AttachmentReader.read(f, siteDir, problems));
    }

    private static Disclosure disclosure(Fields department, Problems problems) {
        Node node = department.node("disclosure");
        if (node == null) {
            return Disclosure.NONE;
        }
        Fields f = Fields.of(node, DISCLOSURE_KEYS, "公开目录（disclosure）", problems);
        if (f == null) {
            return Disclosure.NONE;
        }
        return new Disclosure(f.text("index_number"), f.text("publisher"), Dates.read(f, "date", problems),
                f.text("category"), f.text("document_number"), f.text("title"), f.text("validity"),
                f.text("method"), FormReader.keyedTexts(f.node("labels"), DISCLOSURE_LABEL_KEYS,
                "公开目录的标签（disclosure.labels）", problems));
    }
}
