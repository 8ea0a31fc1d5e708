package org.gongkai.importer;

import java.util.Map;
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
