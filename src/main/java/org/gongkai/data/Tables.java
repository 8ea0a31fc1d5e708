package org.gongkai.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Department;
import org.gongkai.model.FormParts;
import org.gongkai.model.FundSource;
import org.gongkai.model.Indicator;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;
import org.gongkai.model.ScheduleEntry;
import org.gongkai.site.Links;

/**
 * The three tables every download holds — projects, indicator rows, fund sources — for any set of
 * departments (a year, the site) or for one department or project. Amounts and percentages are the
 * exact decimal text that was loaded ({@link BigDecimal#toPlainString}), a blank cell stays null, and
 * every amount row names its unit (万元 or 元), since departments disclose in different units.
 */
public final class Tables {

    /** The named text fields of a project form, in the order of docs/format.md. */
    private static final List<String> TEXT_KEYS = List.of("implementing_unit", "contact", "phone", "category",
            "nature", "overview", "basis", "feasibility", "necessity", "measures");

    public static final List<Column> PROJECT_COLUMNS = projectColumns();
    public static final List<Column> INDICATOR_COLUMNS = List.of(
            Column.integer("year", "年度", "预算年度"),
            Column.text("department", "部门标识", "部门在网址中的标识：部门编码，原文没有编码时为部门名称"),
            Column.text("department_name", "部门名称", "部门名称"),
            Column.text("project", "项目标识", "项目在网址中的标识；部门整体支出绩效目标表的行为空"),
            Column.text("project_name", "项目名称", "项目名称；部门整体支出绩效目标表的行为空"),
            Column.text("form", "所在表", "project（项目绩效目标表）或 overall（部门整体支出绩效目标表）"),
            Column.integer("row", "行号", "指标在其表中的行号，从 1 起"),
            Column.text("term", "指标期限", "年度、长期、中期或总体；原文未写明时为空"),
            Column.text("level1", "一级指标", "一级指标（合并单元格已展开到每一行）"),
            Column.text("level2", "二级指标", "二级指标"),
            Column.text("name", "三级指标", "三级指标（原表或称指标内容）"),
            Column.text("description", "绩效指标描述", "绩效指标描述"),
            Column.text("target", "指标值", "指标值，照原文"),
            Column.text("basis", "指标值确定依据", "指标值确定依据"),
            Column.text("extra", "其他列", "原表的其他列（分值、备注……），JSON 对象：列名 → 单元格文字，空白为 null；没有其他列时为空"));
    public static final List<Column> SOURCE_COLUMNS = List.of(
            Column.integer("year", "年度", "预算年度"),
            Column.text("department", "部门标识", "部门在网址中的标识"),
            Column.text("department_name", "部门名称", "部门名称"),
            Column.text("project", "项目标识", "项目在网址中的标识；部门整体支出绩效目标表的来源为空"),
            Column.text("project_name", "项目名称", "项目名称；部门整体支出绩效目标表的来源为空"),
            Column.text("form", "所在表", "project（项目绩效目标表）或 overall（部门整体支出绩效目标表）"),
            Column.integer("row", "行号", "来源在其表中的顺序，从 1 起（“其中”的细项紧跟其上级）"),
            Column.text("parent", "上级来源", "“其中”细项所属的来源名称；第一级来源为空"),
            Column.text("name", "来源名称", "资金来源名称，照原文"),
            Column.number("amount", "金额", "金额，照原文精确写出；空白为空"),
            Column.text("printed", "金额原文", "金额不是单纯数字时的原文（如 854万(…)）"),
            Column.text("term", "预算口径", "当年 或 总（原表两种预算都列来源时）"),
            Column.text("amount_unit", "金额单位", "万元 或 元"));

    private Tables() {
    }

    /** Every project, indicator row and fund source of {@code departments}, as three tables. */
    public static List<Table> of(List<Department> departments) {
        return of(departments, DataFiles.TABLES);
    }

    /** One of the three tables ({@code name} of {@link DataFiles#TABLES}) of {@code departments}. */
    public static Table of(List<Department> departments, String name) {
        return of(departments, List.of(name)).get(DataFiles.TABLES.indexOf(name));
    }

    /**
     * One of the three tables of {@code departments} (a year's, the site's), its rows made a
     * department at a time as a file reads them: made whole, the year's tables of 50,000 projects
     * took more memory than the rest of the build.
     */
    public static Table streamed(List<Department> departments, String name) {
        Table shape = tables(List.of(), List.of(), List.of()).get(DataFiles.TABLES.indexOf(name));
        Iterable<List<String>> rows = () -> departments.stream().flatMap(d -> rows(d, name).stream()).iterator();
        return new Table(shape.name(), shape.title(), shape.description(), shape.columns(), rows);
    }

    /** The three tables of {@code departments}, {@linkplain #streamed streamed}. */
    public static List<Table> streamed(List<Department> departments) {
        return DataFiles.TABLES.stream().map(name -> streamed(departments, name)).toList();
    }

    /** The rows of one department in table {@code name}. */
    private static List<List<String>> rows(Department d, String name) {
        Rows rows = new Rows(List.of(name));
        add(rows, d);
        return rows.of(name);
    }

    /** The three tables, with rows in those named by {@code wanted} only (a large site's bulk file needs one). */
    private static List<Table> of(List<Department> departments, List<String> wanted) {
        Rows rows = new Rows(wanted);
        for (Department d : departments) {
            add(rows, d);
        }
        return rows.tables();
    }

    /** A department's rows, its overall table's first, then its projects'. */
    private static void add(Rows rows, Department d) {
        OverallTable overall = d.overallTable();
        if (overall != null) {
            String unit = overall.amountUnit() != null ? overall.amountUnit() : d.unit();
            if (rows.indicators != null) {
                indicatorRows(d, null, overall.indicators(), rows.indicators);
            }
            if (rows.sources != null) {
                sourceRows(d, null, unit, overall.budgetDetails().sources(), rows.sources);
            }
        }
        for (Project p : d.projects()) {
            rows.add(d, p);
        }
    }

    /** The same three tables for one project. */
    public static List<Table> of(Department d, Project p) {
        return of(d, p, DataFiles.TABLES);
    }

    /** One of the three tables of one project (its CSV file needs only that one). */
    public static Table of(Department d, Project p, String name) {
        return of(d, p, List.of(name)).get(DataFiles.TABLES.indexOf(name));
    }

    private static List<Table> of(Department d, Project p, List<String> wanted) {
        Rows rows = new Rows(wanted);
        rows.add(d, p);
        return rows.tables();
    }

    /** The rows of the three tables being made; null for a table not wanted, which gets none. */
    private static final class Rows {
        final List<List<String>> projects;
        final List<List<String>> indicators;
        final List<List<String>> sources;

        Rows(List<String> wanted) {
            projects = wanted.contains("projects") ? new ArrayList<>() : null;
            indicators = wanted.contains("indicators") ? new ArrayList<>() : null;
            sources = wanted.contains("sources") ? new ArrayList<>() : null;
        }

        /** A project's rows, in the tables wanted. */
        void add(Department d, Project p) {
            if (projects != null) {
                projects.add(projectRow(d, p));
            }
            if (indicators != null) {
                indicatorRows(d, p, p.indicators(), indicators);
            }
            if (sources != null) {
                sourceRows(d, p, p.moneyUnit(d), p.budgetDetails().sources(), sources);
            }
        }

        List<Table> tables() {
            return Tables.tables(orEmpty(projects), orEmpty(indicators), orEmpty(sources));
        }

        /** The rows of table {@code name} ({@link DataFiles#TABLES}). */
        List<List<String>> of(String name) {
            return orEmpty(switch (name) {
                case "projects" -> projects;
                case "indicators" -> indicators;
                default -> sources;
            });
        }

        private static List<List<String>> orEmpty(List<List<String>> rows) {
            return rows == null ? List.of() : rows;
        }
    }

    private static List<Table> tables(List<List<String>> projects, List<List<String>> indicators,
            List<List<String>> sources) {
        return List.of(
                new Table("projects", "项目", "每个项目一行：编码、名称、预算、资金用途、支出计划、目标和原表的各个文字栏", PROJECT_COLUMNS, projects),
                new Table("indicators", "绩效指标", "每个绩效指标一行，含部门整体支出绩效目标表的指标", INDICATOR_COLUMNS, indicators),
                new Table("sources", "资金来源", "每个资金来源一行，含“其中”细项和部门整体支出绩效目标表的收支构成", SOURCE_COLUMNS, sources));
    }

    private static List<Column> projectColumns() {
        List<Column> c = new ArrayList<>(List.of(
                Column.integer("year", "年度", "预算年度"),
                Column.text("department", "部门标识", "部门在网址中的标识：部门编码，原文没有编码时为部门名称"),
                Column.text("department_code", "部门编码", "原文的部门编码；原文没有时为空"),
                Column.text("department_name", "部门名称", "部门名称"),
                Column.text("unit_code", "预算单位编码", "项目所属预算单位的编码"),
                Column.text("unit_name", "预算单位名称", "项目所属预算单位的名称"),
                Column.text("project", "项目标识", "项目在网址中的标识：项目编码，原文没有编码时为文件名"),
                Column.text("project_code", "项目编码", "原文的项目编码；原文没有时为空"),
                Column.integer("order", "序号", "在公开文件中的序号"),
                Column.text("name", "项目名称", "项目名称"),
                Column.text("title", "表名", "原表的表名"),
                Column.text("amount_unit", "金额单位", "本行金额的单位：万元 或 元"),
                Column.number("total", "预算数", "预算数（当年）；空白为空"),
                Column.number("fiscal", "其中：财政资金", "其中：财政资金；空白为空"),
                Column.number("other", "其他资金", "其他资金；空白为空"),
                Column.number("overall", "总预算", "原表同时列出总预算和当年预算时的总预算"),
                Column.text("total_label", "预算数标签", "原表对预算数的叫法（如 年度资金总额）"),
                Column.text("total_printed", "预算数原文", "预算数不是单纯数字时的原文"),
                Column.text("fiscal_printed", "财政资金原文", "财政资金不是单纯数字时的原文"),
                Column.text("other_printed", "其他资金原文", "其他资金不是单纯数字时的原文"),
                Column.text("overall_label", "总预算标签", "原表对总预算的叫法"),
                Column.text("overall_printed", "总预算原文", "总预算不是单纯数字时的原文"),
                Column.text("purpose", "资金用途", "资金用途"),
                Column.text("attribute", "项目属性", "项目属性"),
                Column.text("department_in_charge", "主管部门", "主管部门"),
                Column.text("owner", "项目负责人", "项目负责人"),
                Column.text("period_start", "起止时间（起）", "起止时间的开始，照原文"),
                Column.text("period_end", "起止时间（止）", "起止时间的结束，照原文"),
                Column.text("period_text", "起止时间（原文）", "起止时间只印作一段文字时的原文")));
        for (String key : TEXT_KEYS) {
            String title = org.gongkai.model.FieldLabels.DEFAULTS.get(key);
            c.add(Column.text(key, title, title + "（原表的叫法可能不同，见 JSON 的 labels）"));
        }
        for (int month = 1; month <= 12; month++) {
            c.add(Column.number("schedule_" + month, "资金支出计划" + month + "月底（%）",
                    "截至 " + month + " 月底累计支出的百分比；原表空白或没有这一月时为空"));
        }
        c.addAll(List.of(
                Column.text("goals", "年度目标", "绩效目标（年度目标），每条一行"),
                Column.text("long_term_goals", "长期目标", "长期目标，每条一行"),
                Column.text("mid_term_goals", "中期目标", "中期目标，每条一行"),
                Column.text("overall_goals", "总体目标", "总体目标，每条一行"),
                Column.text("page", "页面", "项目页面相对于网站根目录的路径")));
        return List.copyOf(c);
    }

    private static List<String> projectRow(Department d, Project p) {
        Cells v = new Cells(PROJECT_COLUMNS);
        v.put("year", Integer.toString(d.year()));
        v.put("department", d.code());
        v.put("department_code", d.disclosedCode());
        v.put("department_name", d.name());
        v.put("unit_code", d.unitOf(p).code());
        v.put("unit_name", d.unitOf(p).name());
        v.put("project", p.code());
        v.put("project_code", p.disclosedCode());
        v.put("order", p.order() == null ? null : p.order().toString());
        v.put("name", p.name());
        FormParts form = p.form();
        v.put("title", form.title());
        v.put("amount_unit", p.moneyUnit(d));
        v.put("total", amount(p.budget().total()));
        v.put("fiscal", amount(p.budget().fiscal()));
        v.put("other", amount(p.budget().other()));
        var details = p.budgetDetails();
        v.put("overall", amount(details.overall()));
        v.put("total_label", details.totalLabel());
        v.put("total_printed", details.totalPrinted());
        v.put("fiscal_printed", details.fiscalPrinted());
        v.put("other_printed", details.otherPrinted());
        v.put("overall_label", details.overallLabel());
        v.put("overall_printed", details.overallPrinted());
        v.put("purpose", p.purpose());
        v.put("attribute", p.attribute());
        v.put("department_in_charge", p.departmentInCharge());
        v.put("owner", p.owner());
        if (p.period() != null) {
            v.put("period_start", p.period().start());
            v.put("period_end", p.period().end());
            v.put("period_text", p.period().text());
        }
        for (String key : TEXT_KEYS) {
            v.put(key, form.text(key));
        }
        for (ScheduleEntry e : p.schedule()) {
            v.put("schedule_" + e.month(), amount(e.percent()));
        }
        v.put("goals", lines(p.goals()));
        v.put("long_term_goals", lines(p.longTermGoals()));
        v.put("mid_term_goals", lines(form.midTermGoals()));
        v.put("overall_goals", lines(form.overallGoals()));
        v.put("page", Links.project(d, p));
        return v.row();
    }

    private static void indicatorRows(Department d, Project p, List<Indicator> list, List<List<String>> out) {
        int n = 0;
        for (Indicator i : list) {
            n++;
            Cells v = owner(INDICATOR_COLUMNS, d, p);
            v.put("row", Integer.toString(n));
            v.put("term", i.term());
            v.put("level1", i.level1());
            v.put("level2", i.level2());
            v.put("name", i.name());
            v.put("description", i.description());
            v.put("target", i.target());
            v.put("basis", i.basis());
            v.put("extra", i.extra().isEmpty() ? null : Json.object(i.extra()));
            out.add(v.row());
        }
    }

    private static void sourceRows(Department d, Project p, String unit, List<FundSource> list,
            List<List<String>> out) {
        sourceRows(d, p, unit, null, list, out, new int[1]);
    }

    /** {@code count} numbers the rows of one form, the 其中 rows after the source they are part of. */
    private static void sourceRows(Department d, Project p, String unit, String parent, List<FundSource> list,
            List<List<String>> out, int[] count) {
        for (FundSource s : list) {
            Cells v = owner(SOURCE_COLUMNS, d, p);
            v.put("row", Integer.toString(++count[0]));
            v.put("parent", parent);
            v.put("name", s.name());
            v.put("amount", amount(s.amount()));
            v.put("printed", s.printed());
            v.put("term", s.term());
            v.put("amount_unit", unit);
            out.add(v.row());
            sourceRows(d, p, unit, s.name(), s.sources(), out, count);
        }
    }

    private static Cells owner(List<Column> columns, Department d, Project p) {
        Cells v = new Cells(columns);
        v.put("year", Integer.toString(d.year()));
        v.put("department", d.code());
        v.put("department_name", d.name());
        v.put("project", p == null ? null : p.code());
        v.put("project_name", p == null ? null : p.name());
        v.put("form", p == null ? "overall" : "project");
        return v;
    }

    /**
     * A row being filled by column key, straight into its cells: a map per row, copied into cells
     * at the end, was a fifth of what a build with downloads allocated.
     */
    private static final class Cells {
        /**
         * Each table's column positions by key, made once. Chosen by the list itself, not looked up
         * by it: a list's hash is its columns' record hashes, which a row each made 5% of a build
         * with every data file.
         */
        private static final Map<String, Integer> PROJECTS = positions(PROJECT_COLUMNS);
        private static final Map<String, Integer> INDICATORS = positions(INDICATOR_COLUMNS);
        private static final Map<String, Integer> SOURCES = positions(SOURCE_COLUMNS);

        private final Map<String, Integer> positions;
        private final String[] cells;

        Cells(List<Column> columns) {
            positions = columns == PROJECT_COLUMNS ? PROJECTS : columns == INDICATOR_COLUMNS ? INDICATORS
                    : columns == SOURCE_COLUMNS ? SOURCES : positions(columns);
            cells = new String[columns.size()];
        }

        private static Map<String, Integer> positions(List<Column> columns) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                positions.put(columns.get(i).key(), i);
            }
            return positions;
        }

        void put(String key, String value) {
            Integer position = positions.get(key);
            if (position == null) {
                throw new IllegalArgumentException("no column " + key);
            }
            cells[position] = value;
        }

        List<String> row() {
            return Collections.unmodifiableList(Arrays.asList(cells));
        }
    }

    /** An amount exactly as loaded (51.00 stays 51.00), or null for a blank cell. */
    static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String lines(List<String> list) {
        return list == null || list.isEmpty() ? null : String.join("\n", list);
    }
}
