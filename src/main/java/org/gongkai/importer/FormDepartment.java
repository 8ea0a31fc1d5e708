package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department of a document read by labels: what the page around the forms says about who
 * published them (portal metadata, sign-off lines, prose in no cell), its forms, and its
 * 部门整体支出绩效目标表 when it has one.
 */
final class FormDepartment {
    /** 索引号, 发布机构… → disclosure key; kept in printed order. */
    final Map<String, String> disclosure = new LinkedHashMap<>();
    /** A catalogue label as the portal printed it ([ 索引号 ], 发文字号), where it differs from the usual one. */
    final Map<String, String> disclosureLabels = new LinkedHashMap<>();
    final List<FormDraft.Row> rows = new ArrayList<>();
    final List<FormDraft.Row> signOff = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<FormDraft> projects = new ArrayList<>();
    FormDraft overallTable;
    final List<Finding> findings = new ArrayList<>();
    /** The budget year a title or a year line states (2021年度); it wins over the two below. */
    String year;
    /** The first year any other line names (关于下达2021年…资金的通知). */
    String textYear;
    /** The year of the publication date: the last resort, as budgets are often published the year before. */
    String dateYear;

    /** The budget year the document states, or null. */
    String budgetYear() {
        return year != null ? year : textYear != null ? textYear : dateYear;
    }
}
