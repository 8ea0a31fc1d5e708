package org.gongkai.check;

import org.gongkai.model.Origin;

/** One thing a reviewer should look at: which rule, how serious, where, and what (in Chinese). */
public record Finding(String rule, Grade grade, Origin origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + grade.label() + "：" + message + " [" + rule + "]";
    }
}
