package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.pipeline.Build;
import org.gongkai.render.FormFamilyPagesTest;
import org.gongkai.support.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart on every built page says the same numbers as its data table: the bars' data-value,
 * the value labels drawn next to them and the table's amounts, row by row, with the same names.
 * The year pages' charts also agree with the department list, and the stated year total with the
 * sum of the year's bars.
 */
class ChartTablesTest {

    /** Two units in one year, a project in another unit, 22 projects (top 20 and the rest). */
    static final String MIXED = manyProjects() + """
            -- content/2023/731002/department.yaml --
            code: "731002"
            name: 以元计的部门
            year: 2023
            unit: 元
            -- content/2023/731002/projects/Q1.yaml --
            code: Q1
            name: 元项目
            budget:
              total: 12000.50
              fiscal: 12000.50
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: 次数
                target: "≥1次"
            """;

    private static String manyProjects() {
        StringBuilder b = new StringBuilder("""
                -- site.yaml --
                title: 图表测试
                -- content/2023/731001/department.yaml --
                code: "731001"
                name: 万元部门
                year: 2023
                unit: 万元
                """);
        for (int i = 1; i <= 22; i++) {
            b.append("-- content/2023/731001/projects/P").append(i).append(".yaml --\n")
                    .append("code: P").append(i).append('\n')
                    .append("name: 项目").append(i).append('\n')
                    .append(i == 22 ? "amount_unit: 元\n" : "")
                    .append("budget:\n  total: ").append(i).append(".10\n  fiscal: ").append(i).append(".00\n")
                    .append("  other: 0.10\n")
                    .append("indicators:\n  - level1: 产出指标\n    level2: 数量指标\n    name: 次数\n"
                            + "    target: \"≥1次\"\n");
        }
        return b.toString();
    }

    @Test
    void defaultSite(@TempDir Path dir) throws Exception {
        assertTrue(checkAll(build(Sites.REPO, dir)) >= 3);
    }

    @Test
    void twoYearSite(@TempDir Path dir) throws Exception {
        Map<String, String> pages = build(Sites.REPO.resolve("src/test/resources/two-years"), dir);
        assertTrue(checkAll(pages) >= 5);
        // The compare page pairs the years; the earlier year's bars are the ones marked previous.
        Document compare = Jsoup.parse(pages.get("2024/731001/compare.html"));
        for (Element row : compare.select("#chart-compare-title ~ g.chart-row")) {
            boolean previous = row.selectFirst("rect").hasClass("chart-bar-previous");
            assertEquals(previous, row.selectFirst("text.chart-label").text().endsWith("（2023年）"), row.outerHtml());
        }
        assertEquals(8, compare.select("#chart-compare-title ~ g.chart-row").size());
    }

    @Test
    void formFamilySite(@TempDir Path dir) throws Exception {
        assertTrue(checkAll(build(Sites.write(dir.resolve("site"), FormFamilyPagesTest.SITE), dir)) >= 1);
    }

    @Test
    void unitsAreNeverAddedUpAndTheRestIsOneBar(@TempDir Path dir) throws Exception {
        Map<String, String> pages = build(Sites.write(dir.resolve("site"), MIXED), dir);
        checkAll(pages);
        Document year = Jsoup.parse(pages.get("2023/index.html"));
        assertEquals(List.of("万元", "元"), year.select("figure.chart table th.num").eachText().stream()
                .map(t -> t.replaceAll("^金额（(.*)）$", "$1")).toList());
        // P22 is in 元: not in the 万元 department's total (1.10 + … + 21.10).
        assertEquals("2023年预算数合计：233.10 万元；12000.50 元（金额单位不同，分别合计）",
                year.selectFirst("p.year-total").text());
        Document dept = Jsoup.parse(pages.get("2023/731001/index.html"));
        List<String> names = rows(dept.getElementById("chart-projects-1-title").closest("figure"))
                .stream().map(r -> r[0]).toList();
        assertEquals(21, names.size());
        assertEquals("项目21", names.get(0));
        assertEquals("其余 1 个项目", names.get(20));
        assertEquals(List.of("项目22"), rows(dept.getElementById("chart-projects-2-title").closest("figure"))
                .stream().map(r -> r[0]).toList());
        assertEquals("1.10", rows(dept.getElementById("chart-projects-1-title").closest("figure")).get(20)[1]);
        assertEquals(List.of("财政拨款", "其他资金"),
                rows(dept.getElementById("chart-sources-title").closest("figure")).stream().map(r -> r[0]).toList());
        assertEquals("231.00", rows(dept.getElementById("chart-sources-title").closest("figure")).get(0)[1]);
    }

    @Test
    void aYearOfManyDepartmentsDrawsTheLargestThenTheRest(@TempDir Path dir) throws Exception {
        StringBuilder site = new StringBuilder("-- site.yaml --\ntitle: 图表测试\n");
        for (int i = 1; i <= 32; i++) {
            String code = String.valueOf(731000 + i);
            site.append("-- content/2023/").append(code).append("/department.yaml --\ncode: \"").append(code)
                    .append("\"\nname: 部门").append(i).append("\nyear: 2023\nunit: 万元\n")
                    .append("-- content/2023/").append(code).append("/projects/P").append(i).append(".yaml --\ncode: P").append(i).append("\nname: 项目\n")
                    .append("budget:\n  total: ").append(i).append(".5\n")
                    .append("indicators:\n  - level1: 产出指标\n    level2: 数量指标\n    name: 次数\n"
                            + "    target: \"≥1次\"\n");
        }
        Map<String, String> pages = build(Sites.write(dir.resolve("site"), site.toString()), dir);
        checkAll(pages);
        List<String[]> rows = rows(Jsoup.parse(pages.get("2023/index.html")).selectFirst("figure.chart"));
        assertEquals(31, rows.size());
        assertEquals("部门32=32.5", rows.get(0)[0] + "=" + rows.get(0)[1]);
        assertEquals("部门3=3.5", rows.get(29)[0] + "=" + rows.get(29)[1]);
        assertEquals("其余 2 个部门=4.0", rows.get(30)[0] + "=" + rows.get(30)[1]);
    }

    private static Map<String, String> build(Path site, Path dir) throws Exception {
        Path out = dir.resolve("out");
        new Build(site, out).run();
        return Sites.read(out);
    }

    /** Checks every chart of every page; returns how many there were. */
    private static int checkAll(Map<String, String> pages) {
        int charts = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.getValue());
            for (Element svg : doc.select("svg")) {
                check(page.getKey(), doc, svg);
                charts++;
            }
            checkYearPage(page.getKey(), doc);
        }
        return charts;
    }

    private static void check(String page, Document doc, Element svg) {
        String where = page + " " + svg.attr("aria-labelledby");
        assertEquals("img", svg.attr("role"), where);
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            Element named = doc.getElementById(id);
            assertNotNull(named, where + ": " + id);
            assertFalse(named.text().isBlank(), where + ": " + id);
        }
        assertEquals(List.of("title", "desc"), svg.children().stream().limit(2).map(Element::tagName).toList(), where);
        Element figure = svg.closest("figure.chart");
        assertNotNull(figure, where);
        List<String[]> table = rows(figure);
        List<Element> bars = svg.select("g.chart-row");
        assertFalse(bars.isEmpty(), where);
        assertEquals(table.size(), bars.size(), where);
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            String label = bar.selectFirst("text.chart-label").text();
            String name = table.get(i)[0];
            assertTrue(label.equals(name) || label.endsWith("…") && name.startsWith(label.substring(0, label.length() - 1)),
                    where + ": " + label + " / " + name);
            assertEquals(table.get(i)[1], bar.selectFirst("rect.chart-bar").attr("data-value"), where);
            assertEquals(table.get(i)[1], bar.selectFirst("text.chart-value").text(), where);
        }
    }

    /** Name and amount of each data-table row. */
    private static List<String[]> rows(Element figure) {
        List<String[]> rows = new ArrayList<>();
        for (Element tr : figure.select("table.chart-data tbody tr")) {
            rows.add(new String[] {tr.selectFirst("th").text(), tr.selectFirst("td.num").text()});
        }
        return rows;
    }

    /**
     * A year page with one money unit: each department in the chart's table has the list's total,
     * the chart's amounts (其余 included) add up to the list's, and the stated total is that sum.
     */
    private static void checkYearPage(String page, Document doc) {
        Element total = doc.selectFirst("p.year-total");
        List<Element> charts = doc.select("svg[aria-labelledby^=chart-departments-]");
        if (total == null || charts.size() != 1) {
            return;
        }
        List<String[]> chart = rows(charts.get(0).closest("figure"));
        List<String[]> list = new ArrayList<>();
        for (Element tr : doc.select("table.list:not(.chart-data) tbody tr")) {
            String amount = tr.select("td.num").get(1).ownText(); // without the label repeated for phones
            if (!amount.isEmpty()) {
                list.add(new String[] {tr.selectFirst("th").text(), amount});
            }
        }
        List<String> listed = list.stream().map(r -> r[0] + "=" + r[1]).toList();
        for (String[] r : chart) {
            assertTrue(r[0].matches("其余 \\d+ 个部门") || listed.contains(r[0] + "=" + r[1]), page + ": " + r[0]);
        }
        BigDecimal sum = chart.stream().map(r -> new BigDecimal(r[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(list.stream().map(r -> new BigDecimal(r[1])).reduce(BigDecimal.ZERO, BigDecimal::add), sum, page);
        assertTrue(total.text().contains("：" + sum.toPlainString() + " "), page + ": " + total.text());
    }
}
