package org.gongkai.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatterTest {

    private static String project(String text) throws Exception {
        return Formatter.format(text, ContentKind.PROJECT);
    }

    @Test
    void ordersKeysQuotesOnlyWhereNeededAndKeepsAmountsAsWritten() throws Exception {
        String messy = "indicators:\r\n"
                + "- target: ≥95 %\r\n"
                + "  name: '采购质量'\r\n"
                + "  level2: 质量指标\r\n"
                + "  level1: \"产出指标\"\r\n"
                + "schedule: {12: ~, 3: 30, 10: 90, 6: 60}\r\n"
                + "budget: {other: , fiscal: 12.00, total: 12.00}\r\n"
                + "unit: '731001'\r\n"
                + "goals: [\"第一条\", '是: 冒号', yes, '']\r\n"
                + "name: 科普活动经费\r\n"
                + "code: 13028123P00015510004C";
        String canonical = """
                code: 13028123P00015510004C
                name: 科普活动经费
                unit: "731001"
                budget:
                  total: 12.00
                  fiscal: 12.00
                  other: null
                schedule:
                  3: 30
                  6: 60
                  10: 90
                  12: null
                goals:
                  - 第一条
                  - "是: 冒号"
                  - yes
                  - ""
                indicators:
                  - level1: 产出指标
                    level2: 质量指标
                    name: 采购质量
                    target: "≥95 %"
                """;
        assertEquals(canonical, project(messy));
        assertEquals(canonical, project(canonical), "canonical text is left as it is");
    }

    @Test
    void textThatPlainYamlWouldReadAsSomethingElseStaysQuoted() {
        for (String text : new String[] {"731001", "0.85", "true", "yes", "off", "null", "~", "2023-01-01",
                "- 一", "#号", "a: b", "a #b", "末尾:", " 前空格", "后空格 ", "*星", "&锚", "!标签", "%", "@", "`",
                "[x", "{x", "'单'", "\"双\"", "1_000", "0x1F", ".inf", "<<", "tab\there"}) {
            assertTrue(!CanonicalYaml.isPlainSafe(text), text);
        }
        for (String text : new String[] {"安可计算机购置", "≥95 %", "通用设备运行 (或应用软件)的满意率(％)",
                "冀财教【2022】145号", "预算数0.85万元，其中财政资金0.85万元", "13028123P00016110004W", "a:b", "a#b"}) {
            assertTrue(CanonicalYaml.isPlainSafe(text), text);
        }
    }

    @Test
    void multiLineTextIsALiteralBlockWithItsLineBreaksKept() throws Exception {
        String department = "code: \"731001\"\nmeasures: \"(一)第一段\\n\\n（二）第二段\\n\"\n"
                + "overall_goal: \"一行\\n两行\"\nitem_goals:\n  - content: \"末尾\\n\\n\\n\"\n";
        String canonical = """
                code: "731001"
                overall_goal: |-
                  一行
                  两行
                item_goals:
                  - content: |+
                      末尾


                measures: |
                  (一)第一段

                  （二）第二段
                """;
        assertEquals(canonical, Formatter.format(department, ContentKind.DEPARTMENT));
        assertEquals(canonical, Formatter.format(canonical, ContentKind.DEPARTMENT));
    }

    @Test
    void keepsCommentsWithWhatTheyDescribe() throws Exception {
        String commented = """
                # 2023 年 安可计算机购置

                # 第二行说明
                name: 安可计算机购置  # 项目名称
                code: 13028123P00016110004W
                # 预算
                budget:
                  # 合计
                  total: 0.85   # 万元
                  fiscal: 0.85
                goals:
                  # 第一条目标
                  - 目标一
                  - 目标二 # 旁注
                indicators:
                  # 第一行
                  - name: 采购质量
                    level1: 产出指标 # 一级
                  # 第二行
                  - level2: 时效指标
                # 文件末尾
                """;
        String canonical = """
                # 2023 年 安可计算机购置

                # 第二行说明
                code: 13028123P00016110004W
                name: 安可计算机购置 # 项目名称
                # 预算
                budget:
                  # 合计
                  total: 0.85 # 万元
                  fiscal: 0.85
                goals:
                  # 第一条目标
                  - 目标一
                  - 目标二 # 旁注
                indicators:
                  # 第一行
                  - level1: 产出指标 # 一级
                    name: 采购质量
                  # 第二行
                  - level2: 时效指标
                # 文件末尾
                """;
        assertEquals(canonical, project(commented));
        assertEquals(canonical, project(canonical));
    }

    @Test
    void unknownKeysKeepTheirPlaceAfterTheKnownOnes() throws Exception {
        assertEquals("code: X\nname: n\nzeta: 1\nalpha: 2\n", project("zeta: 1\nname: n\nalpha: 2\ncode: X\n"));
    }

    @Test
    void refusesWhatItCannotLayOutFaithfully() {
        var syntax = assertThrows(Formatter.FormatException.class, () -> project("code: X\nname: [unclosed\n"));
        assertTrue(syntax.getMessage().contains("语法错误"), syntax.getMessage());
        var duplicate = assertThrows(Formatter.FormatException.class, () -> project("code: X\nname: a\nname: b\n"));
        assertEquals(3, duplicate.line());
        assertTrue(duplicate.getMessage().contains("第 2 行"), duplicate.getMessage());
        var alias = assertThrows(Formatter.FormatException.class, () -> project("a: &x [1]\nb: *x\n"));
        assertTrue(alias.getMessage().contains("别名") || alias.getMessage().contains("alias"), alias.getMessage());
        var empty = assertThrows(Formatter.FormatException.class, () -> project("# 只有注释\n"));
        assertTrue(empty.getMessage().contains("空"), empty.getMessage());
    }

    /** A project file with every key of the form family, in canonical order. */
    static final String FAMILY = """
            name: 高标准农田建设
            title: 绩效目标申报表(基础设施建设类)
            unit: 宁乡市坝塘镇人民政府
            amount_unit: 元
            attribute: 新增
            category: 基础设施
            nature: 经常性
            department_in_charge: 宁乡市农业农村局
            implementing_unit: 宁乡市坝塘镇人民政府
            owner: 彭兵
            contact: 彭兵
            phone: 0731-87000000
            period: 2021.1-2021.12
            budget:
              total: 8540000
              total_label: 年度资金总额
              total_printed: 854万(高标准农田建设400万元,其他454万元)
              fiscal: 8000000
              fiscal_printed: 800万
              other: 540000
              other_printed: 54万
              overall: 10000000
              overall_label: 项目总预算
              overall_printed: 1000万
              sources:
                - name: 财政拨款
                  amount: 8000000
                  printed: 800万
                  term: 当年
                  sources:
                    - name: 上级财政
                      amount: 4000000
                    - name: 本级财政
                      amount: null
                - name: 自有资金
                  amount: 540000
                  term: 当年
            purpose: 建设高标准农田
            overview: 建设高标准农田1000亩
            basis: 宁政发〔2020〕1号
            feasibility: 可行
            necessity: 必要
            long_term_goals:
              - 长期目标一
            mid_term_goals: []
            overall_goals:
              - 总体目标一
            goals:
              - 年度目标一
            goal_labels:
              年度: 年度主要目标和成果
              总体: 总体目标
            indicator_titles:
              年度: 年度绩效目标(90分)
              长期: 长期绩效指标
            indicator_columns:
              - key: level1
                heading: 一级指标
              - key: name
                heading: 三级指标
              - key: target
                heading: 指标值
              - heading: 分值
              - heading: 备注
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: 建设面积
                description: 新建农田
                target: "≥1000亩"
                basis: 计划
                term: 长期
                extra:
                  分值: "10"
                  备注: null
              - name: 群众满意度
                target: "≥95%"
                extra:
                  备注: 无
                  分值: "5"
            measures: 加强监督
            rows:
              - section: 项目立项情况
                label: 项目负责人及电话
                value: 彭兵
              - label: 主管部门编码
                value: null
            tables:
              - title: 项目实施进度计划
                columns:
                  - 实施内容
                  - 开始时间
                rows:
                  - - 1总体概念规划
                    - "2016"
                  - - null
                    - "2020"
            sign_off:
              - label: 填报单位(盖章)
                value: 宁乡市坝塘镇人民政府
            notes:
              - 附件：测算表
            layout:
              - name
              - budget
              - 项目负责人及电话
              - 项目实施进度计划
            """;

    @Test
    void theFormFamilyKeysAreOrderedAndTheirFileRoundTrips() throws Exception {
        assertEquals(FAMILY, project(FAMILY), "a canonical file with every key is left as it is");
        // The same file with its keys turned around at every level but extra's: it comes back canonical.
        String reversed = reverse(FAMILY);
        assertTrue(!reversed.equals(FAMILY));
        assertEquals(FAMILY, project(reversed));
    }

    /** A department file with its 整体支出绩效目标表 and the other new keys, in canonical order. */
    static final String DEPARTMENT = """
            name: 宁乡市坝塘镇人民政府
            year: 2021
            unit: 万元
            units:
              - name: 宁乡市坝塘镇人民政府
            title: 部门整体支出绩效目标表
            overall_goal: 总体目标
            overall_table:
              title: 部门（单位）整体支出绩效目标申报表
              amount_unit: 元
              functions: 负责全镇行政事务
              budget:
                total: 1000
                sources:
                  - name: 收入构成
                    amount: 1000
                    sources:
                      - name: 财政拨款
                        amount: 900
                      - name: 其他收入
                        amount: 100
              tasks:
                - name: 农田建设
                  content: 建设农田
                  amount: 500
                  printed: 500元
              long_term_goals: []
              mid_term_goals:
                - 中期
              overall_goals:
                - 总体
              goals:
                - 年度
              goal_labels:
                年度: 年度绩效目标
              indicator_titles:
                年度: 年度绩效指标
              indicator_columns:
                - key: name
                  heading: 指标
                - heading: 权重
              indicators:
                - name: 完成率
                  target: "≥95%"
                  extra:
                    权重: "20"
              rows:
                - label: 部门编码
                  value: null
              tables:
                - title: 支出构成
                  columns:
                    - 项目
                    - 金额
                  rows:
                    - - 人员经费
                      - "600"
              notes:
                - 附件
              layout:
                - functions
            rows:
              - label: 统一社会信用代码
                value: 1143
            sign_off:
              - label: 填报日期
                value: 2021年2月8日
            notes:
              - 附件：说明
            disclosure:
              index_number: 640324032/2023-00047
              title: 坝塘镇2021年部门整体支出绩效目标
              publisher: 坝塘镇
              date: 2021-02-08
              validity: 有效
              method: 主动公开
            """;

    @Test
    void aDepartmentWithItsOverallTableIsOrderedAndRoundTrips() throws Exception {
        assertEquals(DEPARTMENT, Formatter.format(DEPARTMENT, ContentKind.DEPARTMENT));
        String reversed = reverse(DEPARTMENT);
        assertTrue(!reversed.equals(DEPARTMENT));
        assertEquals(DEPARTMENT, Formatter.format(reversed, ContentKind.DEPARTMENT));
    }

    @Test
    void extraColumnsKeepTheirPrintedOrder() throws Exception {
        String row = "indicators:\n  - extra:\n      备注: 无\n      分值: \"5\"\n      name: 不是键\n    name: 满意度\n";
        assertEquals("indicators:\n  - name: 满意度\n    extra:\n      备注: 无\n      分值: \"5\"\n      name: 不是键\n",
                project(row));
    }

    /**
     * The mappings of a canonical text with their keys in reverse order (extra's and the maps of
     * terms left as they are), by re-reading it as data: a messy file that means the same.
     */
    private static String reverse(String text) throws Exception {
        var yaml = new org.yaml.snakeyaml.Yaml();
        Object data = yaml.load(text);
        Object turned = turn(data, "");
        var options = new org.yaml.snakeyaml.DumperOptions();
        options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        // SnakeYAML's own reading makes a date a timestamp; the file's text is the date alone.
        return new org.yaml.snakeyaml.Yaml(options).dump(turned).replace("T00:00:00Z", "");
    }

    @SuppressWarnings("unchecked")
    private static Object turn(Object value, String key) {
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.List<java.util.Map.Entry<String, Object>> entries = new java.util.ArrayList<>();
            ((java.util.Map<String, Object>) map).forEach((k, v) -> entries.add(new java.util.AbstractMap.SimpleEntry<>(k, turn(v, k))));
            if (!key.equals("extra") && !key.equals("goal_labels") && !key.equals("indicator_titles")) {
                java.util.Collections.reverse(entries);
            }
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(v -> turn(v, key)).toList();
        }
        return value;
    }
}
