package org.gongkai.importer;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of the printed forms, compared the way a reader compares them: spaces of any width
 * ignored ("其中：财政    资金"), full-width and half-width punctuation alike.
 */
final class Labels {

    /** 1. / 1、 / 1) / （一） / (一) / 一、 / ① at the start of a heading or goal. */
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:\\d+\\s*[.．、)）]|[（(]\\s*[一二三四五六七八九十百\\d]+\\s*[）)]|[一二三四五六七八九十]+\\s*[、.．]|[①-⑳])\\s*");

    /** Row labels of the upper part of a 绩效目标表 that take the next cell as their value. */
    static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("项目编码", "code"), Map.entry("项目代码", "code"),
            Map.entry("项目名称", "name"),
            Map.entry("项目属性", "attribute"),
            Map.entry("主管部门", "department_in_charge"),
            Map.entry("项目负责人", "owner"),
            Map.entry("起止时间", "period"), Map.entry("项目起止时间", "period"), Map.entry("实施期限", "period"),
            Map.entry("开始时间", "period.start"), Map.entry("结束时间", "period.end"),
            Map.entry("预算数", "budget.total"), Map.entry("预算金额", "budget.total"),
            Map.entry("年度预算数", "budget.total"), Map.entry("资金总额", "budget.total"),
            Map.entry("其中:财政资金", "budget.fiscal"), Map.entry("财政资金", "budget.fiscal"),
            Map.entry("其中:财政拨款", "budget.fiscal"), Map.entry("财政拨款", "budget.fiscal"),
            Map.entry("其他资金", "budget.other"), Map.entry("其中:其他资金", "budget.other"),
            Map.entry("资金用途", "purpose"),
            Map.entry("预算单位", "unit"), Map.entry("实施单位", "unit"), Map.entry("项目单位", "unit"));

    /** Column headings of the indicator table. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("一级指标", "level1"), Map.entry("二级指标", "level2"),
            Map.entry("三级指标", "name"), Map.entry("指标名称", "name"),
            Map.entry("绩效指标描述", "description"), Map.entry("指标描述", "description"),
            Map.entry("指标解释", "description"), Map.entry("指标说明", "description"),
            Map.entry("指标值", "target"), Map.entry("目标值", "target"), Map.entry("指标目标值", "target"),
            Map.entry("指标值确定依据", "basis"), Map.entry("确定依据", "basis"), Map.entry("指标值设定依据", "basis"),
            Map.entry("指标期限", "term"), Map.entry("期限", "term"));

    static final Pattern OVERALL = heading("总体(?:绩效)?目标");
    static final Pattern ITEMS = heading("分项(?:绩效)?目标");
    static final Pattern MEASURES = heading("(?:工作)?保障措施");
    static final Pattern PROJECT_TITLE = Pattern.compile("^(.+?)(?:项目)?绩效目标表$");
    static final Pattern UNIT_LINE = Pattern.compile("^(\\d{3,})\\s*(\\S.*)$");
    static final Pattern MONEY_UNIT = Pattern.compile("^单位:(.+)$");
    static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月[底末]?$");
    static final Pattern AMOUNT = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    static final Pattern GROUPED_AMOUNT = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    static final Pattern PERCENT = Pattern.compile("^(\\d+(?:\\.\\d+)?)%?$");
    static final Pattern YEAR_TITLE = Pattern.compile("(20\\d\\d)年度?(?:部门)?预算");

    private Labels() {
    }

    private static Pattern heading(String words) {
        return Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)|\\d+[.、])?" + words + "$");
    }

    // ---- the whole form family, read by labels (FormReader and its readers) ----

    /**
     * Row labels with a meaning of their own → the project key they fill. Compared by {@link #label}:
     * no spaces, one width of punctuation, no trailing colon, no leading number.
     */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("项目名称", "name"), Map.entry("申报项目名称", "name"),
            Map.entry("项目编码", "code"), Map.entry("项目代码", "code"),
            Map.entry("主管部门", "department_in_charge"), Map.entry("项目主管部门", "department_in_charge"),
            Map.entry("业务主管部门", "department_in_charge"), Map.entry("主管部门及编码", "department_in_charge"),
            Map.entry("主管单位", "department_in_charge"),
            Map.entry("实施单位", "implementing_unit"), Map.entry("项目执行单位", "implementing_unit"),
            Map.entry("项目单位", "implementing_unit"), Map.entry("项目实施单位", "implementing_unit"),
            Map.entry("执行单位", "implementing_unit"),
            Map.entry("项目负责人", "owner"), Map.entry("项目负责人及电话", "owner"), Map.entry("负责人", "owner"),
            Map.entry("联系人", "contact"), Map.entry("联系电话", "phone"), Map.entry("电话", "phone"),
            Map.entry("项目属性", "attribute"), Map.entry("项目类别", "category"), Map.entry("项目分类", "category"),
            Map.entry("项目类型", "category"), Map.entry("项目性质", "nature"),
            Map.entry("起止时间", "period"), Map.entry("项目起止时间", "period"), Map.entry("建设周期", "period"),
            Map.entry("实施期限", "period"), Map.entry("项目期限", "period"), Map.entry("实施周期", "period"),
            Map.entry("项目实施期限", "period"), Map.entry("项目周期", "period"),
            Map.entry("项目概况", "overview"), Map.entry("项目总体概况", "overview"), Map.entry("项目内容", "overview"),
            Map.entry("项目基本情况", "overview"), Map.entry("项目简介", "overview"), Map.entry("项目主要内容", "overview"),
            Map.entry("项目立项的依据", "basis"), Map.entry("立项依据", "basis"), Map.entry("项目立项依据", "basis"),
            Map.entry("项目申报的可行性", "feasibility"), Map.entry("可行性", "feasibility"),
            Map.entry("项目可行性", "feasibility"),
            Map.entry("项目申报的必要性", "necessity"), Map.entry("必要性", "necessity"),
            Map.entry("项目必要性", "necessity"),
            Map.entry("保障措施", "measures"), Map.entry("工作保障措施", "measures"),
            Map.entry("资金用途", "purpose"), Map.entry("预算单位", "unit"));

    /** What a budget label names: the year's amount, the whole amount (all years), either, or a fund source. */
    enum Money { CURRENT, OVERALL, TOTAL, SOURCE }

    private static final Pattern MONEY_NOT = Pattern.compile(".*(分类|科目|代码|编码|执行率|用途|分值|说明|依据|构成|计划|比例|%|情况).*");
    private static final Pattern MONEY_CURRENT = Pattern.compile(
            "^(当年|本年|年度|本年度)(年度)?(资金总额|总额|预算|预算数|预算金额|预算资金|资金|项目资金)(\\((万元|元)\\))?$");
    private static final Pattern MONEY_OVERALL = Pattern.compile(
            "^(项目)?(总预算|预算总额|总投资|投资总额|资金总额及构成)(\\((万元|元)\\))?$");
    private static final Pattern MONEY_TOTAL = Pattern.compile(
            "^(项目)?(资金总额|总额|预算数|预算金额|预算资金|项目预算|项目资金|合计|总计|预算规模)(\\((万元|元)\\))?$");
    private static final Pattern MONEY_SOURCE = Pattern.compile(
            ".*(财政|拨款|资金|其他|其它|自有|自筹|上级|本级|中央|省级|市级|县级|债券|基金|收入|补助).*");

    /** The kind of amount a label names, or null when it is no budget label. */
    static Money money(String text) {
        String l = withoutQizhong(label(text));
        if (l.isEmpty() || MONEY_NOT.matcher(l).matches() || l.length() > 20) {
            return null;
        }
        if (MONEY_CURRENT.matcher(l).matches()) {
            return Money.CURRENT;
        }
        if (MONEY_OVERALL.matcher(l).matches()) {
            return Money.OVERALL;
        }
        if (MONEY_TOTAL.matcher(l).matches()) {
            return Money.TOTAL;
        }
        return MONEY_SOURCE.matcher(l).matches() && !l.contains("目标") && !l.contains("指标") ? Money.SOURCE : null;
    }

    /** True for a fund source printed as belonging to the year's amount: 当年财政拨款, 其中:当年其他资金. */
    static boolean currentSource(String text) {
        String l = withoutQizhong(label(text));
        return l.startsWith("当年") || l.startsWith("本年");
    }

    private static String withoutQizhong(String l) {
        return l.startsWith("其中:") ? l.substring(3) : l.startsWith("其中") ? l.substring(2) : l;
    }

    /** Merged labels that group the rows beside them: 资金情况(万元), 项目资金, 资金总额及构成, 项目立项情况. */
    static final Pattern GROUP = Pattern.compile("^(资金情况|项目资金|资金总额及构成|资金来源|项目立项情况|项目资金预算执行|预算规模)"
            + "(\\((万元|元)\\))?.*");

    /** Goal headings: 总体目标, 中期目标, 长期目标, 年度目标, 年度主要目标和成果, 项目绩效目标, 绩效目标. */
    static final Pattern GOAL = Pattern.compile(
            "^(项目)?(总体|中期|长期|年度|当年|本年度)?(主要)?(绩效)?目标(和成果|及成果|和主要成果)?(\\(\\d+分\\))?$");

    /** The term a goal or indicator heading names (总体, 中期, 长期, 年度), or null when it names none. */
    static String term(String text) {
        String l = label(text);
        if (l.contains("总体")) {
            return "总体";
        }
        if (l.contains("中期")) {
            return "中期";
        }
        if (l.contains("长期")) {
            return "长期";
        }
        return l.contains("年度") || l.contains("当年") || l.contains("本年") ? "年度" : null;
    }

    /** Column headings of indicator tables beyond the seed's, with the key they fill when that column is absent. */
    static final Map<String, String> MORE_COLUMNS = Map.ofEntries(
            Map.entry("指标内容", "name"), Map.entry("绩效指标", "name"), Map.entry("指标", "name"),
            Map.entry("绩效标准", "target"), Map.entry("当年预期实现值", "target"), Map.entry("预期实现值", "target"),
            Map.entry("年度指标值", "target"), Map.entry("指标目标值", "target"), Map.entry("目标值", "target"),
            Map.entry("预期目标值", "target"), Map.entry("绩效目标值", "target"), Map.entry("指标解释", "description"),
            Map.entry("评(计)分标准", "description"), Map.entry("指标说明", "description"));

    /** Extra columns of indicator tables, known so that a header row without 一级指标 is still found. */
    static final Set<String> EXTRA_COLUMNS = Set.of("分值", "备注", "权重", "指标权重", "计量单位", "度量单位", "指标性质",
            "指标方向性", "评分标准", "评(计)分标准", "完成时限", "指标类型");

    /** Headings that can only stand in an indicator table's header row. */
    static final Set<String> INDICATOR_HEADINGS = Set.of("一级指标", "二级指标", "三级指标");

    /** Portal metadata labels (信息公开目录) → the department's disclosure key; null: kept as a row. */
    static final Map<String, String> METADATA = Map.ofEntries(
            Map.entry("索引号", "index_number"), Map.entry("发布机构", "publisher"), Map.entry("发文机关", "publisher"),
            Map.entry("发布日期", "date"), Map.entry("发文时间", "date"), Map.entry("发布时间", "date"),
            Map.entry("文号", "document_number"), Map.entry("发文字号", "document_number"),
            Map.entry("有效性", "validity"), Map.entry("公开方式", "method"), Map.entry("标题", "title"),
            Map.entry("主题分类", "category"), Map.entry("分类", "category"), Map.entry("公开范围", ""),
            Map.entry("公开时限", ""), Map.entry("信息来源", ""), Map.entry("生成日期", ""));

    /** Lines around the form that sign it or say where it came from: 填报单位(盖章):…, 编报时间:…, 来源:…. */
    static final Pattern SIGN_OFF = Pattern.compile(
            ".*(单位|盖章|印章|签字|签章|负责人|填报人|编报人|经办人|审核人|联系人|电话|日期|时间|来源|附件|名称).*");

    /** A form's title: …绩效目标表, …申报表, …审批表, 项目绩效目标表(2021年度), a bare 绩效目标表. */
    static final Pattern FORM_TITLE = Pattern.compile(
            "^(?!.*[。;,])(.{0,80}?)(目标表|申报表|审批表|设定表|绩效表|指标表)(\\(.{1,24}\\))?(\\d{4}年度?)?$");
    /** (2022年度), (   2023年度), 2021年度: the year under a title. */
    static final Pattern YEAR_LINE = Pattern.compile("^\\(?(20\\d\\d)年度?\\)?$");
    static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    /** 金额单位:万元, 单位：元, (单位:万元) anywhere in a line above the form. */
    static final Pattern AMOUNT_UNIT = Pattern.compile("(?:金额|资金)?单位:(万元|元)");
    /** 预算单位: 奉节县云雾土家族乡人民政府, up to a following 金额单位 or the end. */
    static final Pattern UNIT_NAME = Pattern.compile("(?:预算单位|单位名称):(.+?)(?=(?:金额)?单位:|$)");
    /**
     * The seed's unit line, 731001某某单位本级: a numeric code and a name ending 本级. Never a date
     * (2023年3月27日) or an 索引号 (640324032/2023-00047).
     */
    static final Pattern SEED_UNIT_LINE = Pattern.compile("^\\d{3,}\\s*\\p{IsHan}[^/]*本级([\\s\\p{Z}].*)?$", Pattern.DOTALL);

    /** For comparing: {@link #norm}, leading number and trailing colons removed. */
    static String label(String text) {
        String n = norm(stripNumber(text)).replaceAll("^[\\[【]|[\\]】]$", "").replaceAll("[\\]】]:$", ":");
        while (n.endsWith(":")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** A label as printed, for YAML: trimmed, without trailing colons; its inner spaces kept. */
    static String printed(String text) {
        String t = text.strip();
        while (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** For comparing labels only: no spaces of any width, one form of each punctuation mark. */
    static String norm(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(switch (c) {
                case '：' -> ':';
                case '（' -> '(';
                case '）' -> ')';
                case '％' -> '%';
                case '．' -> '.';
                default -> c;
            });
        }
        return b.toString();
    }

    /** The text without its leading number: "1.保障…" → "保障…", "（一）科学…" → "科学…". */
    static String stripNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? text.substring(m.end()).strip() : text.strip();
    }

    static boolean isNumbered(String text) {
        return NUMBER.matcher(text).find();
    }

    /** The text after the first colon of "绩效目标：…", trimmed. */
    static String afterColon(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '：' || text.charAt(i) == ':') {
                return text.substring(i + 1).strip();
            }
        }
        return text.strip();
    }
}
