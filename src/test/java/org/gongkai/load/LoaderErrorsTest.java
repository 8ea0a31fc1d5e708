package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid sites, one rule each: the load fails and reports exactly these lines, in
 * {@code file:line:column: message} form. The site is {@link Sites#MINIMAL} with one file replaced.
 */
class LoaderErrorsTest {

    static final String DEPT = "content/2023/731001/department.yaml";
    static final String PROJECT = "content/2023/731001/projects/P1.yaml";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown key with a near spelling", PROJECT, """
                        code: P1
                        name: 测试项目
                        budegt:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:1: 未知的键 \"budegt\"，是否想写 \"budget\"？（项目文件的键见 docs/format.md）")),
                Arguments.of("unknown key written as the form's label", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          预算数: 1.00
                          total: 1.00
                        """, List.of(
                        PROJECT + ":4:3: 未知的键 \"预算数\"，是否想写 \"total\"？（预算（budget）的键见 docs/format.md）")),
                Arguments.of("amount written as text", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 0.85万元
                          fiscal: "0.85"
                        """, List.of(
                        PROJECT + ":4:10: \"total\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"0.85万元\"",
                        PROJECT + ":5:11: \"fiscal\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"0.85\"")),
                Arguments.of("list where a mapping belongs", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          - 1.00
                        """, List.of(
                        PROJECT + ":4:3: 预算（budget）应为映射（键: 值），这里是列表")),
                Arguments.of("project code differs from its file name", PROJECT, """
                        code: P2
                        name: 测试项目
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":1:7: 项目编码 \"P2\" 与文件名 \"P1.yaml\" 不一致")),
                Arguments.of("department code and year differ from their folders", DEPT, """
                        code: "731002"
                        name: 测试部门
                        year: 2024
                        unit: 万元
                        """, List.of(
                        DEPT + ":1:7: 部门编码 \"731002\" 与所在文件夹 \"731001\" 不一致",
                        DEPT + ":3:7: 年度 2024 与所在文件夹 \"2023\" 不一致")),
                Arguments.of("money unit outside 万元/元", DEPT, """
                        code: "731001"
                        name: 测试部门
                        year: 2023
                        unit: 千元
                        """, List.of(
                        DEPT + ":4:7: \"unit\" 只能是 万元 或 元，这里是 \"千元\"")),
                Arguments.of("links the site may not publish", DEPT, """
                        code: "731001"
                        name: 测试部门
                        year: 2023
                        unit: 万元
                        overall_goal: 见[说明](&#106;avascript:alert(1))。
                        measures: |
                          第一行，[站内](../index.html)
                          ![图](data:image/png;base64,AAAA) 与 [邮件](mailto:a@example.org)
                        item_goals:
                          - name: 一
                            content: "[a](//evil.example/x)"
                        """, List.of(
                        DEPT + ":5:15: \"overall_goal\"中的链接 \"&#106;avascript:alert(1)\" 不能发布：链接只能指向站内的相对地址，或 http、https、mailto、tel 地址",
                        DEPT + ":6:11: \"measures\"（第 2 行）中的链接 \"data:image/png;base64,AAAA\" 不能发布：链接只能指向站内的相对地址，或 http、https、mailto、tel 地址",
                        DEPT + ":11:14: \"content\"中的链接 \"//evil.example/x\" 不能发布：链接只能指向站内的相对地址，或 http、https、mailto、tel 地址")),
                Arguments.of("empty file", PROJECT, "# 只有注释\n", List.of(
                        PROJECT + ":1:1: 文件是空的（没有任何键）")),
                Arguments.of("duplicate key", PROJECT, """
                        code: P1
                        name: 测试项目
                        name: 又一个名称
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:1: 键 \"name\" 重复（第一次出现在第 2 行）")),
                Arguments.of("YAML syntax error", PROJECT, """
                        code: P1
                        name: "测试项目
                        budget:
                        """, List.of(
                        PROJECT + ":2:7: YAML 语法错误：引号没有闭合：从这里开始的引号直到文件末尾都没有结束引号")),
                Arguments.of("full-width colon after a key", PROJECT, """
                        code: P1
                        name：测试项目
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":2:5: YAML 语法错误：键 \"name\" 后面是全角冒号“：”，请改成半角冒号和空格“: ”")),
                Arguments.of("full-width colon after a nested key", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        indicators:
                          - level1: 产出指标
                            level2 ： 数量指标
                            name: 次数
                        """, List.of(
                        PROJECT + ":7:12: YAML 语法错误：键 \"level2\" 后面是全角冒号“：”，请改成半角冒号和空格“: ”")),
                Arguments.of("full-width quotes around a colon", PROJECT, """
                        code: P1
                        name: 测试项目
                        purpose: “依据: 冀财教〔2022〕145号”
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:10: YAML 语法错误：全角引号““”在 YAML 里不算引号，其中的“: ”被当作键和值的分隔；请用半角引号 \"…\" 把整段文字括起来（全角引号可以留在里面）")),
                Arguments.of("alias", PROJECT, """
                        code: P1
                        name: &n 测试项目
                        purpose: *n
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:10: 不支持 YAML 别名（*n），请直接写出内容")),
                Arguments.of("first indicator without level1", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        indicators:
                          - level2: 数量指标
                            name: 次数
                        """, List.of(
                        PROJECT + ":6:5: 第一行指标缺少 \"level1\"（一级指标）：只有后续行可以省略它以沿用上一行")),
                Arguments.of("schedule month out of range and percent as text", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        schedule:
                          3: 30%
                          13: 100
                        """, List.of(
                        PROJECT + ":6:6: 3月底的累计支出百分比 应为数字（不加引号和单位，如 0.85），这里是文本 \"30%\"",
                        PROJECT + ":7:3: 资金支出计划的键应为月份 1–12，这里是 \"13\"")),
                Arguments.of("term outside 年度/长期 and a blank goal", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        goals:
                          -
                        indicators:
                          - level1: 产出指标
                            name: 次数
                            term: 短期
                        """, List.of(
                        PROJECT + ":6:4: \"goals\" 的每一项应为非空文本，这里是空值",
                        PROJECT + ":10:11: \"term\" 只能是 年度 或 长期 或 中期 或 总体，这里是 \"短期\"")),
                Arguments.of("unit not listed by the department", PROJECT, """
                        code: P1
                        name: 测试项目
                        unit: "999"
                        budget:
                          total: 1.00
                        """, List.of(
                        PROJECT + ":3:7: 项目的预算单位 \"999\" 未列在 " + DEPT + " 的 units 中")),
                Arguments.of("missing required keys", PROJECT, """
                        code: P1
                        budget:
                          fiscal: 1.00
                        """, List.of(
                        PROJECT + ":1:1: 项目文件缺少必填的键 \"name\"",
                        PROJECT + ":3:3: 预算缺少键 \"total\"（预算数；空白请写 null）")),
                Arguments.of("tab indentation", PROJECT, "code: P1\nname: 测试项目\nbudget:\n\ttotal: 1.00\n", List.of(
                        PROJECT + ":4:1: YAML 语法错误：YAML 不能用 Tab 缩进，请改用空格")),
                Arguments.of("amount spellings YAML would silently change", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1e3
                          fiscal: +5
                          other: 012
                        schedule:
                          3: .5
                          6: -0
                          9: 1.50e1
                          12: 0x10
                        """, List.of(
                        PROJECT + ":4:10: \"total\" 不能用科学记数法（1e3），请写成 1000",
                        PROJECT + ":5:11: \"fiscal\" 数字前不写 \"+\"（+5），请写成 5",
                        PROJECT + ":6:10: \"other\" 整数部分不能以 0 开头（012），请写成 12",
                        PROJECT + ":8:6: 3月底的累计支出百分比 小数点两边都要有数字（.5），请写成 0.5",
                        PROJECT + ":9:6: 6月底的累计支出百分比 零前面不写 \"-\"（-0），请写成 0",
                        PROJECT + ":10:6: 9月底的累计支出百分比 不能用科学记数法（1.50e1），请写成 15.0",
                        PROJECT + ":11:7: 12月底的累计支出百分比 只能用十进制数字书写（如 51.00），这里是 0x10")),
                Arguments.of("amounts past the bounds of exponent and digits", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1e999999999
                          fiscal: 1234567890123456
                          other: 0.1234567
                        """, List.of(
                        PROJECT + ":4:10: \"total\" 不能用科学记数法（1e999999999），请写成不超过 15 位整数、6 位小数的普通数字",
                        PROJECT + ":5:11: \"fiscal\" 位数过多（整数部分最多 15 位，小数最多 6 位），这里是 1234567890123456",
                        PROJECT + ":6:10: \"other\" 位数过多（整数部分最多 15 位，小数最多 6 位），这里是 0.1234567")),
                Arguments.of("whole numbers kept as written", DEPT, """
                        code: "731001"
                        name: 测试部门
                        year: +2023
                        unit: 万元
                        """, List.of(
                        DEPT + ":3:7: \"year\" 数字前不写 \"+\"（+2023），请写成 2023")),
                // A text block strips trailing U+3000 like any trailing space, so it is put in afterwards.
                Arguments.of("a value that is only an ideographic space", PROJECT, """
                        code: P1
                        name: U+3000
                        budget:
                          total: U+3000
                        """.replace("U+3000", "\u3000"), List.of(
                        PROJECT + ":2:1: \"name\" 不能为空",
                        PROJECT + ":4:10: \"total\" 应为数字（不加引号和单位，如 0.85），这里是文本 \"\u3000\"")),
                Arguments.of("a control character pasted into a value, CRLF line ends", PROJECT,
                        "code: P1\r\nname: 测试项目\r\npurpose: 用于\u0008购置设备\r\nbudget:\r\n  total: 1.00\r\n", List.of(
                        PROJECT + ":3:12: YAML 语法错误：这里有一个不允许的字符 U+0008（看不见的控制字符，多由复制粘贴带入），请删去")),
                Arguments.of("a second document", PROJECT, """
                        code: P1
                        name: 测试项目
                        budget:
                          total: 1.00
                        ---
                        code: P2
                        """, List.of(
                        PROJECT + ":6:1: 一个文件只能有一个 YAML 文档（请删去 \"---\" 之后的内容）")),
                Arguments.of("an attachment that is not there", DEPT, """
                        code: "731001"
                        name: 测试部门
                        year: 2023
                        unit: 万元
                        attachments:
                          - attachments/2023/原文.docx
                        """, List.of(
                        DEPT + ":6:5: 附件文件不存在（路径相对于站点文件夹），这里是 \"attachments/2023/原文.docx\"")),
                Arguments.of("an attachment outside the site folder or its attachments/", PROJECT, """
                        code: P1
                        name: 测试项目
                        attachments:
                          - path: ../../secret.pdf
                            title: 原件
                          - site.yaml
                          - https://example.org/a.pdf
                        """, List.of(
                        PROJECT + ":4:11: 附件路径离开了站点文件夹，这里是 \"../../secret.pdf\"",
                        PROJECT + ":6:5: 附件应放在站点文件夹的 attachments/ 中，写成 attachments/…/文件名（不含 ./ 或 ../），这里是 \"site.yaml\"",
                        PROJECT + ":7:5: 附件应为站点文件夹中的文件，不能是其他网站的地址，这里是 \"https://example.org/a.pdf\"")),
                Arguments.of("a 党政机关标识 from another host, a 公安备案号 without its number", "site.yaml", """
                        title: 测试站点
                        portal:
                          police_record: 冀公网安备号
                          government_mark: https://bszs.conac.cn/img/dzjg.png
                          image: assets/missing.png
                          error_report: javascript:alert(1)
                        """, List.of(
                        "site.yaml:3:18: \"police_record\" 应含公安备案编号（如 冀公网安备 13028102000123号），页脚用它链接到备案信息，这里是 \"冀公网安备号\"",
                        "site.yaml:4:20: \"government_mark\" 应为站点 assets/ 文件夹中的图片（如 assets/dzjg.png）：站点不得从其他网站加载图片，"
                                + "请把图片下载到 assets/ 中，这里是 \"https://bszs.conac.cn/img/dzjg.png\"",
                        "site.yaml:5:10: \"image\" 指向的图片不存在（路径相对于站点文件夹），这里是 \"assets/missing.png\"",
                        "site.yaml:6:17: \"error_report\" 应为完整的网址（以 http:// 或 https:// 开头），这里是 \"javascript:alert(1)\"")),
                Arguments.of("a footer link the renderer would not publish", "site.yaml", """
                        title: 测试站点
                        footer: |
                          # 页脚

                          主办：[测试局](javascript:alert(1))
                        """, List.of(
                        "site.yaml:2:9: \"footer\"（第 3 行）中的链接 \"javascript:alert(1)\" 不能发布：链接只能指向站内的相对地址，"
                                + "或 http、https、mailto、tel 地址")));
    }

    /**
     * A file without "code:" where there is something to sort it against: a second department,
     * a second year, a second project. The code is optional (forms known by name): the file loads
     * under its folder or file name, never a crash.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("missingCodes")
    void aFileWithoutCodeLoadsBesideOtherFilesUnderItsFolderOrFileName(String what, String file, String id,
            @TempDir Path dir) throws Exception {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, "content/2023/731002/department.yaml", "code: \"731002\"\nname: 第二部门\nyear: 2023\nunit: 万元\n");
        Sites.put(dir, "content/2022/731001/department.yaml", "code: \"731001\"\nname: 测试部门\nyear: 2022\nunit: 万元\n");
        Sites.put(dir, "content/2023/731001/projects/P2.yaml", "code: P2\nname: 第二项目\nbudget:\n  total: 1.00\n");
        Sites.put(dir, "content/2022/731001/projects/P1.yaml", "code: P1\nname: 上年项目\nbudget:\n  total: 1.00\n");
        Path path = dir.resolve(file);
        java.nio.file.Files.writeString(path, java.nio.file.Files.readString(path).replaceFirst("code: \\S+\n", ""));
        var site = SiteLoader.load(dir);
        var departments = site.years().stream().flatMap(y -> y.departments().stream()).toList();
        boolean isDepartment = file.endsWith("department.yaml");
        var undisclosed = isDepartment
                ? departments.stream().filter(d -> !d.codeDisclosed()).map(d -> d.year() + "/" + d.code()).toList()
                : departments.stream().flatMap(d -> d.projects().stream().filter(p -> !p.codeDisclosed())
                        .map(p -> d.year() + "/" + p.code())).toList();
        assertEquals(List.of(id), undisclosed, what);
    }

    static Stream<Arguments> missingCodes() {
        return Stream.of(
                Arguments.of("department of two in a year", "content/2023/731002/department.yaml", "2023/731002"),
                Arguments.of("department of two years", "content/2022/731001/department.yaml", "2022/731001"),
                Arguments.of("project of two", PROJECT, "2023/P1"),
                Arguments.of("project of two years", "content/2022/731001/projects/P1.yaml", "2022/P1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPlace(String what, String file, String text, List<String> expected,
            @TempDir Path dir) {
        Sites.write(dir, Sites.MINIMAL);
        Sites.put(dir, file, text);
        LoadException e = assertThrows(LoadException.class, () -> SiteLoader.load(dir));
        assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
    }
}
