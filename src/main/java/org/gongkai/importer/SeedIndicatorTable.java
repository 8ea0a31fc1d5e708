package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator table of the seed grammar's 绩效目标表: columns by the headings of its header row
 * (一级指标 first), one indicator a row, a row of one cell across the table (年度指标 / 长期指标)
 * giving the term of the rows below it, and short or long rows reported with what they lack.
 */
final class SeedIndicatorTable {

    /** Where findings go, and whether a cell is the document's last (the document is cut off there). */
    interface Reports {
        void report(Cell at, String where, String message);

        boolean truncatedAt(Cell cell);
    }

    private final Drafts.Project project;
    private final Reports reports;
    private final String[] columns;
    private final String[] headings;
    private String term;

    SeedIndicatorTable(List<Cell> row, Drafts.Project project, Reports reports) {
        this.project = project;
        this.reports = reports;
        columns = new String[row.size()];
        headings = new String[row.size()];
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.get(i);
            c.use();
            headings[i] = c.text();
            columns[i] = Labels.COLUMNS.get(Labels.norm(c.text()));
            if (columns[i] == null && !c.isBlank()) {
                report(c, "指标表有未知的列「" + c.text() + "」，这一列未导入（可识别：一级指标、二级指标、三级指标、"
                        + "绩效指标描述、指标值、指标值确定依据、指标期限）");
            }
        }
        if (!Arrays.asList(columns).contains("name")) {
            report(row.get(0), "指标表没有「三级指标」列");
        }
        project.indicators = new ArrayList<>();
        term = null;
    }

    void row(List<Cell> row) {
        if (row.stream().skip(1).allMatch(c -> c.merge() == Cell.Merge.FROM_LEFT) && columns.length > 1) {
            // One cell across the whole row: a heading such as 年度指标 / 长期指标 inside the table.
            Cell c = row.get(0);
            c.use();
            row.forEach(Cell::use);
            String n = Labels.norm(c.text());
            if (n.startsWith("长期")) {
                term = "长期";
            } else if (n.startsWith("年度")) {
                term = "年度";
            } else {
                report(c, "指标表中的这一行未导入：「" + OutsideLines.shorten(c.text()) + "」");
            }
            return;
        }
        Map<String, String> indicator = new LinkedHashMap<>();
        int n = Math.min(row.size(), columns.length);
        for (int i = 0; i < n; i++) {
            Cell c = row.get(i);
            c.use();
            String key = columns[i];
            if (key == null) {
                continue;
            }
            if (key.equals("level1")) {
                if (!c.isBlank()) {
                    indicator.put(key, c.text());
                } else if (project.indicators.isEmpty()) {
                    report(c, "指标表第一行的一级指标是空白");
                }
            } else if (c.merge() == Cell.Merge.FROM_ABOVE) {
                indicator.put(key, c.text());
            } else {
                indicator.put(key, c.isBlank() ? null : c.text());
            }
        }
        if (term != null && !indicator.containsKey("term")) {
            indicator.put("term", term);
        }
        Cell last = row.get(row.size() - 1);
        if (row.size() < columns.length) {
            List<String> missing = new ArrayList<>();
            for (int i = row.size(); i < columns.length; i++) {
                missing.add(headings[i]);
            }
            report(row.get(0), reports.truncatedAt(last)
                    ? "表格在此截断：指标行只有 " + row.size() + " 格（表头 " + columns.length + " 格），缺少"
                            + String.join("、", missing) + "；之后的内容没有读到"
                    : "指标行只有 " + row.size() + " 格（表头 " + columns.length + " 格），缺少" + String.join("、", missing));
        }
        for (int i = columns.length; i < row.size(); i++) {
            row.get(i).use();
            if (!row.get(i).isBlank()) {
                report(row.get(i), "指标行多出的格未导入：「" + OutsideLines.shorten(row.get(i).text()) + "」");
            }
        }
        if (indicator.get("name") == null && columns.length > 0 && row.size() >= columns.length) {
            report(row.get(0), "这一行的三级指标是空白");
        }
        project.indicators.add(indicator);
    }

    private void report(Cell at, String message) {
        reports.report(at, at == null ? "" : at.where(), message);
    }
}
