package org.gongkai.diff;

import org.gongkai.model.Target;

/** How a target (指标值) moved, when both sides read as operator + number + unit. */
public enum TargetDirection {
    RAISED("提高"),
    LOWERED("降低"),
    /** Same number, or text that does not read as a number on one side: only the wording changed. */
    REWORDED("改写");

    private final String label;

    TargetDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "raised", "lowered", "reworded": for JSON and for styling. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Null when the target text is the same. */
    static TargetDirection of(String beforeText, Target before, String afterText, Target after) {
        if (java.util.Objects.equals(beforeText, afterText)) {
            return null;
        }
        if (before == null || after == null || before.value() == null || after.value() == null
                || !java.util.Objects.equals(before.operator(), after.operator())
                || !java.util.Objects.equals(before.unit(), after.unit())) {
            return REWORDED;
        }
        int c = after.value().compareTo(before.value());
        return c > 0 ? RAISED : c < 0 ? LOWERED : REWORDED;
    }
}
