package org.gongkai.diff;

/** What happened to a department, project or indicator row between two disclosures. */
public enum Status {
    ADDED("新增", "+"),
    DROPPED("移除", "-"),
    CHANGED("变化", "~"),
    UNCHANGED("未变", "=");

    private final String label;
    private final String sign;

    Status(String label, String sign) {
        this.label = label;
        this.sign = sign;
    }

    /** The word shown beside the item, so the change is told by more than colour. */
    public String label() {
        return label;
    }

    /** One character for plain-text and Markdown lists. */
    public String sign() {
        return sign;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
