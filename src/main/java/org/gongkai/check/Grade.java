package org.gongkai.check;

/** How serious a finding is. Only errors can stop a build: they are content that cannot be a true record. */
public enum Grade {
    ERROR("错误"),
    WARNING("警告"),
    NOTICE("提示");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
