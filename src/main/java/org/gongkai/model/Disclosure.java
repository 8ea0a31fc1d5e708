package org.gongkai.model;

/**
 * department.yaml {@code disclosure:}: the catalogue entry of the disclosure (信息公开目录):
 * 索引号, 发布机构, 发布日期, 主题分类, 文号, and as some portals print them 标题, 有效性, 公开方式. Unset values are null; see {@link #indexNumberOr}.
 */
public record Disclosure(String indexNumber, String publisher, String date, String category, String documentNumber,
        String title, String validity, String method, java.util.Map<String, String> labels) {

    public static final Disclosure NONE = new Disclosure(null, null, null, null, null, null, null, null,
            java.util.Map.of());

    /** The catalogue's labels as pages print them, unless the portal printed its own ({@code labels:}). */
    public static final java.util.Map<String, String> DEFAULT_LABELS = java.util.Map.of("index_number", "索引号",
            "publisher", "发布机构", "date", "发布日期", "category", "主题分类", "document_number", "文号",
            "title", "标题", "validity", "有效性", "method", "公开方式");

    public Disclosure {
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }

    /** The label of one entry: the portal's own, or the usual one. */
    public String label(String key) {
        String own = labels.get(key);
        return own != null ? own : DEFAULT_LABELS.get(key);
    }

    /**
     * The 索引号 as given, or the documented default: department code, "/", year, "-00001" (the
     * department's first disclosure of budget performance goals for that year), e.g. 731001/2023-00001.
     */
    public String indexNumberOr(String departmentCode, int year) {
        return indexNumber != null ? indexNumber : departmentCode + "/" + year + "-00001";
    }
}
