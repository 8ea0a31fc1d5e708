package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two-year fixture holds one of every kind of change; each test looks at one kind. */
class DifferTest {

    static final java.nio.file.Path TWO_YEARS = Sites.REPO.resolve("src/test/resources/two-years");

    static Comparison comparison;

    @BeforeAll
    static void compare() throws Exception {
        Site site = SiteLoader.load(TWO_YEARS);
        comparison = Differ.compare("2023年", departments(site, 2023), "2024年", departments(site, 2024));
    }

    private static List<Department> departments(Site site, int year) {
        return site.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow().departments();
    }

    private static DepartmentChange department(String code) {
        return comparison.departments().stream().filter(d -> d.department().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static ProjectChange project(String code) {
        return comparison.departments().stream().flatMap(d -> d.projects().stream())
                .filter(p -> p.project().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void projectsAreMatchedByCodeAndUnchangedOnesSaySo() {
        ProjectChange same = project("13028123P00015510004C");
        assertEquals(Status.UNCHANGED, same.status());
        assertEquals(ProjectChange.MatchedBy.CODE, same.matchedBy());
        assertEquals(ProjectChange.MatchedBy.CODE, project("13028123P00016110004W").matchedBy());
    }

    @Test
    void aProjectWhoseCodeChangedIsMatchedByItsNameAndTheReportSaysSo() {
        ProjectChange renamed = project("13028124P00015710009Q");
        assertEquals(Status.CHANGED, renamed.status());
        assertEquals(ProjectChange.MatchedBy.NAME, renamed.matchedBy());
        assertEquals("13028123P00015710004P", renamed.before().code());
        assertEquals("code", renamed.texts().get(0).field());
        assertTrue(TextReport.of(comparison, false).contains("编码不同，按名称对应，原编码 13028123P00015710004P"));
    }

    @Test
    void addedAndDroppedProjectsAndDepartments() {
        assertEquals(Status.ADDED, project("13028124P00030010001A").status());
        assertEquals(Status.DROPPED, project("13028123P000221100034").status());
        assertEquals(Status.ADDED, department("731002").status());
        assertEquals(Status.CHANGED, department("731001").status());
        assertEquals(2, comparison.projectCount(Status.ADDED)); // 青少年科技创新大赛, 展品更新
        assertEquals(1, comparison.projectCount(Status.DROPPED));
    }

    @Test
    void budgetChangesPerFundSourceAbsoluteAndInPercent() {
        BudgetChange b = project("13028123P00016110004W").budget();
        assertEquals(new BigDecimal("0.15"), b.total().delta());
        assertEquals(new BigDecimal("17.6"), b.total().percent());
        assertEquals(new BigDecimal("-0.05"), b.fiscal().delta());
        assertEquals(new BigDecimal("-5.9"), b.fiscal().percent());
        // A blank 其他资金 that is now 0.20: a change, with no percentage of nothing.
        assertNull(b.other().before());
        assertEquals(new BigDecimal("0.20"), b.other().delta());
        assertNull(b.other().percent());

        BudgetChange total = department("731001").totals();
        assertEquals(new BigDecimal("47.85"), total.total().before());
        assertEquals(new BigDecimal("44.50"), total.total().after());
        assertEquals(new BigDecimal("-7.0"), total.total().percent());
    }

    @Test
    void goalTextChangesAreHighlightedCharacterByCharacter() {
        TextChange goals = project("13028123P00016110004W").texts().stream().filter(t -> t.field().equals("goals"))
                .findFirst().orElseThrow();
        List<String> inserted = goals.segments().stream().filter(s -> s.op() == TextDiff.Op.INSERT)
                .map(TextDiff.Segment::text).toList();
        assertEquals(List.of("网络", "与"), inserted);
        TextChange overall = department("731001").texts().stream().filter(t -> t.field().equals("overall_goal"))
                .findFirst().orElseThrow();
        assertTrue(overall.segments().stream().anyMatch(s -> s.op() == TextDiff.Op.INSERT
                && s.text().equals("和科普人才队伍")), overall.segments().toString());
    }

    @Test
    void indicatorRowsAddedDroppedAndChangedWithTheDirectionOfTheirTargets() {
        List<IndicatorChange> rows = project("13028123P00016110004W").indicators();
        assertEquals(List.of("采购质量 changed RAISED", "费用报销及时性 changed LOWERED", "审核金额 dropped null",
                "维护质量安全 changed REWORDED", "培训人员满意度 added null"),
                rows.stream().map(r -> r.row().name() + " " + r.status().key() + " " + r.target()).toList());
        // A row filed under another 二级指标 is the same row, changed.
        IndicatorChange moved = rows.get(3);
        assertEquals(List.of("level2", "target"), moved.cells().stream().map(TextChange::field).toList());
        assertEquals(TargetDirection.LOWERED, project("13028124P00015710009Q").indicators().get(0).target());
        assertEquals(1, comparison.targetCount(TargetDirection.RAISED));
        assertEquals(2, comparison.targetCount(TargetDirection.LOWERED));
    }

    @Test
    void comparingTheOtherWayRoundMirrorsEveryChange() throws Exception {
        Site site = SiteLoader.load(TWO_YEARS);
        Comparison back = Differ.compare("2024年", departments(site, 2024), "2023年", departments(site, 2023));
        assertEquals(Status.DROPPED, back.departments().stream().filter(d -> d.department().code().equals("731002"))
                .findFirst().orElseThrow().status());
        assertEquals(comparison.projectCount(Status.ADDED), back.projectCount(Status.DROPPED));
        assertEquals(comparison.projectCount(Status.DROPPED), back.projectCount(Status.ADDED));
        assertEquals(comparison.projectCount(Status.CHANGED), back.projectCount(Status.CHANGED));
        assertEquals(comparison.targetCount(TargetDirection.RAISED), back.targetCount(TargetDirection.LOWERED));
        assertEquals(comparison.targetCount(TargetDirection.LOWERED), back.targetCount(TargetDirection.RAISED));
        assertEquals(comparison.totals().total().delta().negate(), back.totals().total().delta());
    }

    @Test
    void aNameSharedByTwoProjectsIsNoGroundForMatching() {
        var a = new org.gongkai.model.Project("A1", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE);
        var b = new org.gongkai.model.Project("A2", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE);
        var c = new org.gongkai.model.Project("B1", "同名项目", null, null, org.gongkai.model.Budget.EMPTY, null,
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), null, null, null, null,
                true, null, true, org.gongkai.model.BudgetDetails.NONE, org.gongkai.model.FormParts.NONE);
        Department before = department("731001").before();
        DepartmentChange d = Differ.department(before.withProjects(List.of(a, b)), before.withProjects(List.of(c)));
        assertEquals(List.of("B1 added", "A1 dropped", "A2 dropped"),
                d.projects().stream().map(p -> p.project().code() + " " + p.status().key()).toList());
    }
}
