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
}
