package org.gongkai.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.links.LinkChecker;
import org.gongkai.load.Problem;
import org.gongkai.model.Origin;
import org.junit.jupiter.api.Test;

/**
 * Every kind of message the tool prints goes through one printer; each keeps the form users and
 * tests already know. (End-to-end forms are pinned by LoaderErrorsTest, CheckCommandTest,
 * ImportCommandTest, BuildTest and RoutesTest.)
 */
class DiagnosticPrinterTest {

    private static final Origin CELL = new Origin("content/2023/731001/projects/P1.yaml", 4, 10);

    @Test
    void aLoadProblemIsFileLineColumnMessage() {
        assertEquals("content/2023/731001/projects/P1.yaml:4:10: \"total\" 应为数字",
                DiagnosticPrinter.line(new Problem(CELL, "\"total\" 应为数字").diagnostic()));
        assertEquals("site.yaml: 无法读取", new Problem(Origin.ofFile("site.yaml"), "无法读取").toString());
    }

    @Test
    void aCheckFindingSaysItsGradeAndRuleAndWhySilenced() {
        Finding f = new Finding("budget-arithmetic", Grade.WARNING, CELL, "P1", null, "合计不等于分项之和", null);
        assertEquals("content/2023/731001/projects/P1.yaml:4:10: 警告：合计不等于分项之和 [budget-arithmetic]", f.toString());
        Finding silenced = new Finding("budget-arithmetic", Grade.ERROR, CELL, "P1", null, "合计不等于分项之和", "原表如此");
        assertEquals("content/2023/731001/projects/P1.yaml:4:10: 错误：合计不等于分项之和 [budget-arithmetic]（已忽略：原表如此）",
                DiagnosticPrinter.line(silenced.diagnostic()));
    }

    @Test
    void anImportFindingNamesItsPlaceInTheSourcesOwnWords() {
        assertEquals("seed.txt 第 532 行：表格在此截断",
                DiagnosticPrinter.line(new org.gongkai.importer.Finding("seed.txt", "第 532 行", "表格在此截断").diagnostic()));
        assertEquals("a.xlsx Sheet1!B3：x", new org.gongkai.importer.Finding("a.xlsx", "Sheet1!B3", "x").toString());
    }

    @Test
    void aBrokenLinkIsPageLinkAndReason() {
        assertEquals("2023/index.html: ../nowhere.html（目标文件不存在）",
                DiagnosticPrinter.line(new LinkChecker.BrokenLink("2023/index.html", "../nowhere.html", "目标文件不存在").diagnostic()));
    }

    @Test
    void aTemplateErrorHasALineButNoColumn() {
        assertEquals("year.peb:2: Unexpected endblock", DiagnosticPrinter.line(Diagnostic.error("year.peb", 2, 0, "Unexpected endblock")));
    }

    @Test
    void byFileGroupsUnderEachFileWithLineColumnOrDash() {
        StringWriter text = new StringWriter();
        DiagnosticPrinter.printByFile(List.of(
                new Finding("a", Grade.ERROR, CELL, null, null, "一", null).diagnostic(),
                new Finding("b", Grade.NOTICE, Origin.ofFile("site.yaml"), null, null, "二", null).diagnostic(),
                new Finding("c", Grade.WARNING, CELL.at(5, 1), null, null, "三", "理由").diagnostic()), new PrintWriter(text, true));
        assertEquals("""
                content/2023/731001/projects/P1.yaml
                  4:10  错误  一 [a]
                  5:1  警告  三 [c]（已忽略：理由）
                site.yaml
                  -  提示  二 [b]
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }
}
