package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Recognizes a 部门预算绩效目标 in the blocks of any source: part 1 (总体绩效目标, 分项绩效目标,
 * 工作保障措施) and one 绩效目标表 per project. It never throws on content: whatever it cannot
 * place becomes a {@link Finding} with its location, attached to the file it belongs to, and
 * every non-blank cell or paragraph it did not use is reported at the end of its block.
 */
public final class DisclosureReader {

    /** What was read from one source: its departments, and every finding in document order. */
    public record Reading(List<Drafts.Department> departments, List<Finding> findings, String year) {
    }

    private enum Section { NONE, PART_ONE, OVERALL, ITEMS, MEASURES, PART_TWO }

    private enum Pending { NONE, BUDGET, SCHEDULE, GOALS }

    private static final Set<String> GOAL_LABELS = Set.of("绩效目标", "年度目标", "年度绩效目标", "项目绩效目标",
            "长期目标", "长期绩效目标");

    private final String source;
    private final List<Drafts.Department> departments = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Cell lastContent;
    private String year;
    private Section section = Section.NONE;
    private Drafts.Department dept;
    private Drafts.Item item;
    private Drafts.Project project;
    private Pending pending = Pending.NONE;
    private List<Integer> months;
    private SeedIndicatorTable indicators;

    private DisclosureReader(String source, List<Block> blocks) {
        this.source = source;
        this.lastContent = lastContent(blocks);
    }

    public static Reading read(String source, List<Block> blocks) {
        DisclosureReader reader = new DisclosureReader(source, blocks);
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                reader.paragraph(p.cell());
                reader.unused(List.of(List.of(p.cell())));
            } else if (block instanceof Block.Table t) {
                reader.table(t);
                reader.unused(t.rows());
            }
        }
        reader.endDepartment();
        return new Reading(reader.departments, reader.findings, reader.year);
    }

    /**
     * True for documents of this reader's grammar (the 部门预算绩效目标 with 第一部分/第二部分 and
     * numbered unit lines such as "731001某某单位本级"); everything else is read by labels
     * ({@link FormReader}).
     */
    public static boolean ownGrammar(List<Block> blocks) {
        for (Block b : blocks) {
            List<List<Cell>> rows = b instanceof Block.Table t ? t.rows() : List.of(List.of(((Block.Paragraph) b).cell()));
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    String n = Labels.norm(c.text());
                    if (b instanceof Block.Paragraph && (n.startsWith("第一部分") || n.startsWith("第二部分"))
                            || Labels.SEED_UNIT_LINE.matcher(c.text().strip()).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- paragraphs: the headings and the prose of part 1 ----

    private void paragraph(Cell p) {
        String text = p.text();
        p.use();
        if (text.isBlank()) {
            return;
        }
        String n = Labels.norm(text);
        Matcher title = Labels.PROJECT_TITLE.matcher(Labels.stripNumber(text));
        Matcher yearTitle = Labels.YEAR_TITLE.matcher(n);
        if (n.startsWith("第一部分")) {
            if (dept != null && (dept.hasPartOne || !dept.projects.isEmpty())) {
                endDepartment();
            }
            department(p).hasPartOne = true;
            section = Section.PART_ONE;
        } else if (n.equals("部门整体绩效目标") || n.equals("预算项目绩效目标")) {
            department(p);
        } else if (Labels.OVERALL.matcher(n).matches()) {
            department(p).hasPartOne = true;
            section = Section.OVERALL;
        } else if (Labels.ITEMS.matcher(n).matches()) {
            department(p).hasPartOne = true;
            section = Section.ITEMS;
            item = null;
        } else if (Labels.MEASURES.matcher(n).matches()) {
            department(p).hasPartOne = true;
            section = Section.MEASURES;
        } else if (n.startsWith("第二部分")) {
            endProject();
            department(p);
            section = Section.PART_TWO;
        } else if (title.matches() && section != Section.OVERALL && section != Section.ITEMS && text.length() < 200) {
            startProject(p.where());
            project.titleName = title.group(1).strip();
            section = Section.PART_TWO;
        } else if (section == Section.NONE && dept == null && yearTitle.find()) {
            year = yearTitle.group(1);
        } else if (project != null && unitParagraph(text)) {
            return;
        } else {
            prose(p, text, n);
        }
    }

    /**
     * Many documents print the unit line and 单位：万元 as paragraphs above the table rather than
     * in it, often on one line: "731001遵化市科学技术协会本级        单位：万元".
     */
    private boolean unitParagraph(String text) {
        int colon = Math.max(text.lastIndexOf("单位："), text.lastIndexOf("单位:"));
        String left = (colon < 0 ? text : text.substring(0, colon)).strip();
        String right = colon < 0 ? null : Labels.norm(text.substring(colon + 3));
        Matcher unit = Labels.UNIT_LINE.matcher(left);
        if (!left.isEmpty() && !unit.matches() || right != null && right.isEmpty()) {
            return false;
        }
        if (!left.isEmpty()) {
            unitLine(left);
        }
        if (right != null) {
            project.moneyUnit = right;
        }
        return true;
    }

    private void prose(Cell p, String text, String n) {
        switch (section) {
            case OVERALL -> dept.overall.add(text);
            case MEASURES -> dept.measures.add(text);
            case ITEMS -> itemParagraph(p, text, n);
            default -> report(p, "这一段不属于能识别的任何部分，未导入：「" + shorten(text) + "」");
        }
    }

    private void itemParagraph(Cell p, String text, String n) {
        boolean goal = n.startsWith("绩效目标:");
        boolean indicator = n.startsWith("绩效指标:");
        if ((goal || indicator) && item == null) {
            report(p, "“" + (goal ? "绩效目标" : "绩效指标") + "：”之前没有分项名称");
            item = new Drafts.Item();
            dept.items.add(item);
        }
        if (goal) {
            item.goal = Labels.afterColon(text);
        } else if (indicator) {
            item.indicator = Labels.afterColon(text);
        } else if (item == null || Labels.isNumbered(text) || item.goal != null || item.indicator != null) {
            item = new Drafts.Item();
            item.name = Labels.stripNumber(text);
            dept.items.add(item);
        } else {
            item.content.add(text);
        }
    }

    // ---- tables: the 绩效目标表 ----

    private void table(Block.Table table) {
        if (project == null) {
            if (!looksLikeProject(table)) {
                Cell first = table.rows().get(0).isEmpty() ? null : table.rows().get(0).get(0);
                int cells = 0;
                for (List<Cell> row : table.rows()) {
                    for (Cell c : row) {
                        cells += c.isBlank() ? 0 : 1;
                        c.use();
                    }
                }
                report(first, table.where(), "这个表格不是项目的绩效目标表（没有项目编码），未导入（" + cells + " 个非空格）");
                return;
            }
            startProject(table.where());
            section = Section.PART_TWO;
        }
        for (List<Cell> row : table.rows()) {
            if (!row.isEmpty()) {
                row(row);
            }
        }
    }

    private static boolean looksLikeProject(Block.Table table) {
        for (List<Cell> row : table.rows()) {
            for (Cell c : row) {
                String n = Labels.norm(c.text());
                if (n.equals("项目编码") || n.equals("项目名称") || Labels.UNIT_LINE.matcher(n).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void row(List<Cell> row) {
        if (row.stream().allMatch(Cell::isBlank)) {
            row.forEach(Cell::use);
            return;
        }
        if (indicators != null) {
            indicators.row(row);
            return;
        }
        List<Cell> cells = row.stream().filter(c -> c.merge() != Cell.Merge.FROM_LEFT).toList();
        Cell first = cells.get(0);
        String label = Labels.norm(first.text());
        if (first.isBlank()) {
            first.use();
            continued(cells.subList(1, cells.size()));
        } else if (unitRow(cells)) {
            return;
        } else if (label.startsWith("预算规模")) {
            first.use();
            pairs(cells.subList(1, cells.size()));
            pending = Pending.BUDGET;
        } else if (label.startsWith("资金支出计划")) {
            first.use();
            months(cells.subList(1, cells.size()));
            pending = Pending.SCHEDULE;
        } else if (GOAL_LABELS.contains(label)) {
            first.use();
            goals(label, cells.subList(1, cells.size()));
            pending = Pending.GOALS;
        } else if (label.equals("一级指标")) {
            indicators = new SeedIndicatorTable(row, project, new SeedIndicatorTable.Reports() {
                @Override
                public void report(Cell at, String where, String message) {
                    DisclosureReader.this.report(at, where, message);
                }

                @Override
                public boolean truncatedAt(Cell cell) {
                    return DisclosureReader.this.truncatedAt(cell);
                }
            });
        } else {
            if (Labels.PAIRS.get(label) != null && Labels.PAIRS.get(label).equals("code")
                    && project.fields.containsKey("code")) {
                startProject(first.where());
            }
            pairs(cells);
            pending = Pending.NONE;
        }
    }

    /** A row whose first cell is blank or merged from above: more of the label above it. */
    private void continued(List<Cell> cells) {
        switch (pending) {
            case BUDGET -> {
                List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
                if (values.size() == 1) {
                    values.get(0).use();
                    project.fields.put("purpose", values.get(0).text());
                }
            }
            case SCHEDULE -> {
                for (int i = 0; i < months.size() && i < cells.size(); i++) {
                    cells.get(i).use();
                    if (months.get(i) != null) {
                        project.schedule.put(months.get(i), percent(cells.get(i)));
                    }
                }
                if (cells.size() < months.size()) {
                    Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                    report(last, last == null ? project.where : last.where(), truncatedAt(last)
                            ? "表格在资金支出计划处截断，之后的内容没有读到"
                            : "资金支出计划少了 " + (months.size() - cells.size()) + " 个月的值");
                }
            }
            case GOALS -> goals("", cells);
            default -> {
            }
        }
    }

    private boolean unitRow(List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        for (Cell c : values) {
            String n = Labels.norm(c.text());
            if (!Labels.MONEY_UNIT.matcher(n).matches() && !Labels.UNIT_LINE.matcher(c.text().strip()).matches()) {
                return false;
            }
        }
        for (Cell c : values) {
            Matcher money = Labels.MONEY_UNIT.matcher(Labels.norm(c.text()));
            if (money.matches()) {
                project.moneyUnit = money.group(1);
            } else {
                if (project.fields.containsKey("code")) {
                    startProject(c.where());
                }
                unitLine(c.text());
            }
            c.use();
        }
        return true;
    }

    private void unitLine(String text) {
        Matcher m = Labels.UNIT_LINE.matcher(text.strip());
        if (m.matches()) {
            project.unitCode = m.group(1);
            project.unitName = m.group(2).strip();
        }
    }

    /** label, value, label, value… as in "项目编码 | 1302… | 项目名称 | 安可计算机购置". */
    private void pairs(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell label = cells.get(i);
            if (label.isBlank()) {
                label.use();
                continue;
            }
            String key = Labels.PAIRS.get(Labels.norm(label.text()));
            label.use();
            Cell value = i + 1 < cells.size() ? cells.get(i + 1) : null;
            if (key == null) {
                report(label, "未知的行标签「" + shorten(label.text()) + "」"
                        + (value != null && !value.isBlank() ? "，其后的「" + shorten(value.text()) + "」未导入" : "")
                        + "（可识别：项目编码、项目名称、预算数、其中：财政资金、其他资金、项目属性、主管部门、项目负责人、起止时间……）");
                if (value != null) {
                    value.use();
                }
                i++;
                continue;
            }
            if (value == null) {
                report(label, truncatedAt(label) ? "表格在「" + label.text() + "」处截断，之后的内容没有读到"
                        : "「" + label.text() + "」之后没有值");
                continue;
            }
            value.use();
            i++;
            put(key, value);
        }
    }

    private void put(String key, Cell value) {
        String text = value.isBlank() ? null : value.text();
        if (key.startsWith("budget.")) {
            project.budget.put(key.substring(7), amount(value));
        } else if (key.equals("unit")) {
            if (text != null) {
                unitLine(text);
            }
        } else if (key.equals("period")) {
            String[] parts = text == null ? null : period(text);
            project.fields.put("period.start", parts == null ? text : parts[0]);
            project.fields.put("period.end", parts == null ? null : parts[1]);
            if (text != null && parts == null) {
                report(value, "起止时间「" + text + "」分不出开始和结束，整段写入 start");
            }
        } else {
            project.fields.put(key, text);
            if (text == null && (key.equals("code") || key.equals("name"))) {
                report(value, (key.equals("code") ? "项目编码" : "项目名称") + "是空白");
            }
        }
    }

    private static String[] period(String text) {
        for (String sep : List.of("至", "～", "~", "—", "–", "到")) {
            int i = text.indexOf(sep);
            if (i > 0 && i + sep.length() < text.length()) {
                return new String[] {text.substring(0, i).strip(), text.substring(i + sep.length()).strip()};
            }
        }
        Matcher years = java.util.regex.Pattern.compile("^(\\d{4}(?:年)?)\\s*-\\s*(\\d{4}(?:年)?)$").matcher(text);
        return years.matches() ? new String[] {years.group(1), years.group(2)} : null;
    }

    /** An amount exactly as written; a blank cell is null, never 0. */
    private String amount(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.text().strip();
        if (Labels.AMOUNT.matcher(text).matches()) {
            return text;
        }
        if (Labels.GROUPED_AMOUNT.matcher(text).matches()) {
            return text.replace(",", "");
        }
        report(cell, "金额「" + text + "」不是数字，写为 null（空白），请对照原文填写");
        return null;
    }

    private void months(List<Cell> cells) {
        months = new ArrayList<>();
        for (Cell c : cells) {
            c.use();
            Matcher m = Labels.MONTH.matcher(Labels.norm(c.text()));
            int month = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (month >= 1 && month <= 12) {
                months.add(month);
            } else {
                months.add(null);
                if (!c.isBlank()) {
                    report(c, "资金支出计划的列「" + c.text() + "」不是月份（如“3月底”），这一列未导入");
                }
            }
        }
    }

    private String percent(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        Matcher m = Labels.PERCENT.matcher(Labels.norm(cell.text()));
        if (m.matches()) {
            return m.group(1);
        }
        report(cell, "支出计划的值「" + cell.text() + "」不是百分数，写为 null（空白）");
        return null;
    }

    /** "1.…\n2.…" → one goal per paragraph, numbering stripped; a 长期目标/年度目标 sub-label picks the list. */
    private void goals(String label, List<Cell> cells) {
        List<Cell> values = cells.stream().filter(c -> !c.isBlank()).toList();
        cells.forEach(Cell::use);
        String kind = label;
        int from = 0;
        if (!values.isEmpty() && GOAL_LABELS.contains(Labels.norm(values.get(0).text()))) {
            kind = Labels.norm(values.get(0).text());
            from = 1;
        }
        if (values.size() - from > 1) {
            report(values.get(from + 1), "绩效目标行多出一格，未导入：「" + shorten(values.get(from + 1).text()) + "」");
        }
        List<String> list = new ArrayList<>();
        if (values.size() > from) {
            for (String line : values.get(from).text().split("\n")) {
                String goal = Labels.stripNumber(line);
                if (!goal.isEmpty()) {
                    list.add(goal);
                }
            }
        }
        if (kind.startsWith("长期")) {
            project.longTermGoals = list;
        } else {
            project.goals = list;
        }
    }

    // ---- departments and projects ----

    private Drafts.Department department(Cell at) {
        if (dept == null) {
            dept = new Drafts.Department();
            dept.where = at.where();
            departments.add(dept);
        }
        return dept;
    }

    private void startProject(String where) {
        endProject();
        if (dept == null) {
            department(new Cell("", where));
        }
        project = new Drafts.Project(where);
        dept.projects.add(project);
        pending = Pending.NONE;
        months = null;
        indicators = null;
    }

    /** What a 绩效目标表 must have; missing parts mark the file as incomplete. */
    private void endProject() {
        if (project == null) {
            return;
        }
        Drafts.Project p = project;
        project = null;
        if (!p.fields.containsKey("name") && p.titleName != null) {
            p.fields.put("name", p.titleName);
        }
        List<String> missing = new ArrayList<>();
        if (p.fields.get("code") == null) {
            missing.add("项目编码");
        }
        if (p.fields.get("name") == null) {
            missing.add("项目名称");
        }
        if (!p.budget.containsKey("total")) {
            missing.add("预算数");
        }
        if (p.unitCode == null) {
            missing.add("预算单位行（如“731001某某单位本级”）");
        }
        if (p.indicators == null) {
            missing.add("指标表");
        }
        if (!missing.isEmpty()) {
            Finding f = new Finding(source, p.where, "这个绩效目标表没有读到：" + String.join("、", missing));
            p.findings.add(f);
            findings.add(f);
        }
    }

    private void endDepartment() {
        endProject();
        if (dept == null) {
            return;
        }
        Drafts.Department d = dept;
        dept = null;
        section = Section.NONE;
        item = null;
        for (Drafts.Project p : d.projects) {
            if (p.unitCode != null) {
                d.units.putIfAbsent(p.unitCode, p.unitName);
            }
            if (d.unit == null) {
                d.unit = p.moneyUnit;
            }
        }
        for (Map.Entry<String, String> u : d.units.entrySet()) {
            if (d.code == null || u.getValue().endsWith("本级") && !d.units.get(d.code).endsWith("本级")) {
                d.code = u.getKey();
            }
        }
        if (d.code != null) {
            String name = d.units.get(d.code);
            d.name = name.endsWith("本级") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
        }
        if (d.hasPartOne) {
            List<String> missing = new ArrayList<>();
            if (d.overall.isEmpty()) {
                missing.add("一、总体绩效目标");
            }
            if (d.items.isEmpty()) {
                missing.add("二、分项绩效目标");
            }
            if (d.measures.isEmpty()) {
                missing.add("三、工作保障措施");
            }
            for (Drafts.Item it : d.items) {
                if (it.name == null || it.goal == null || it.indicator == null) {
                    missing.add("分项“" + (it.name == null ? "（无名称）" : it.name) + "”的"
                            + (it.name == null ? "名称" : it.goal == null ? "绩效目标" : "绩效指标"));
                }
            }
            if (!missing.isEmpty()) {
                Finding f = new Finding(source, d.where, "第一部分没有读到：" + String.join("、", missing));
                d.findings.add(f);
                findings.add(f);
            }
        }
    }

    // ---- findings ----

    /** Reports every non-blank cell of a block that nothing above placed. */
    private void unused(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (!c.used() && !c.isBlank()) {
                    c.use();
                    report(c, "未能归入任何栏目，未导入：「" + shorten(c.text()) + "」");
                }
            }
        }
    }

    private void report(Cell at, String message) {
        report(at, at == null ? "" : at.where(), message);
    }

    private void report(Cell at, String where, String message) {
        Finding f = new Finding(source, where, message);
        findings.add(f);
        if (project != null) {
            project.findings.add(f);
        } else if (dept != null) {
            dept.findings.add(f);
        }
    }

    /** True when nothing but blanks follows {@code cell} in the source: the document stops there. */
    private boolean truncatedAt(Cell cell) {
        return cell != null && cell == lastContent;
    }

    private static Cell lastContent(List<Block> blocks) {
        Cell last = null;
        for (Block b : blocks) {
            List<List<Cell>> rows = b instanceof Block.Table t ? t.rows() : List.of(List.of(((Block.Paragraph) b).cell()));
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    if (!c.text().isBlank()) {
                        last = c;
                    }
                }
            }
        }
        return last;
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
