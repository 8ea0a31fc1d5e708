package org.gongkai.model;

/** A budget unit (预算单位) that owns projects, as printed in the unit line of each table; the code may be null. */
public record BudgetUnit(String code, String name) {

    /** The unit line of the printed form: code and name run together, as in "731001遵化市科学技术协会本级". */
    public String line() {
        return code == null ? name : code + name;
    }
}
