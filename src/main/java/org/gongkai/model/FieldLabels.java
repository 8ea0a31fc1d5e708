package org.gongkai.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The label a page prints beside each named field of a form, unless the form printed its own
 * ({@code labels:} in the file: 项目单位 for implementing_unit, 建设周期 for period…). One table for
 * the loader, the pages and the importer, which writes a label only where the form's differs.
 */
public final class FieldLabels {

    /** Field key → the label of the national form, in the order pages print the fields. */
    public static final Map<String, String> DEFAULTS = defaults();

    private FieldLabels() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> map = new LinkedHashMap<>();
        String[] pairs = {"code", "项目编码", "name", "项目名称", "attribute", "项目属性", "category", "项目类别",
            "nature", "项目性质", "department_in_charge", "主管部门", "implementing_unit", "实施单位",
            "owner", "项目负责人", "contact", "联系人", "phone", "联系电话", "period", "起止时间",
            "purpose", "资金用途", "overview", "项目概况", "basis", "立项依据", "feasibility", "可行性",
            "necessity", "必要性", "measures", "保障措施", "functions", "部门职能概述"};
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
