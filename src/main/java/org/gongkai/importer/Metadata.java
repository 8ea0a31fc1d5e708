package org.gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portal metadata (信息公开目录: 索引号, 发布机构, 发布日期, 文号, 有效性, 公开方式, 标题) → the
 * department's {@code disclosure}. A label the format has no key for, a second value for a key,
 * or a date the format cannot hold goes to the department's rows, so nothing is dropped.
 */
final class Metadata {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(\\s+\\d{1,2}:\\d{2})?$");
    private static final Pattern CHINESE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

    private Metadata() {
    }

    static void put(FormReader.Context context, Cell at, String label, String value) {
        FormDepartment d = context.department();
        String key = Labels.METADATA.get(Labels.label(label));
        String v = value;
        if ("date".equals(key) && v != null) {
            v = date(v);
        }
        if (key == null || key.isEmpty() || v == null && value != null || d.disclosure.containsKey(key)) {
            d.rows.add(new FormDraft.Row(null, Labels.printed(label), value));
            return;
        }
        d.disclosure.put(key, v);
        String printed = Labels.printed(label);
        if (!printed.equals(org.gongkai.model.Disclosure.DEFAULT_LABELS.get(key))) {
            d.disclosureLabels.put(key, printed);
        }
        if ("date".equals(key) && d.dateYear == null) {
            d.dateYear = v.substring(0, 4);
        }
    }

    /** 2023-03-27, 2023-3-7 10:00 or 2023年3月27日 → 2023-03-27 (with its time); null when it is no date. */
    static String date(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            m = CHINESE.matcher(Labels.norm(t));
            if (!m.matches()) {
                return null;
            }
        }
        String time = m.groupCount() >= 4 && m.group(4) != null ? " " + m.group(4).strip() : "";
        if (time.length() == 5) {
            time = " 0" + time.substring(1);
        }
        return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) + time;
    }
}
