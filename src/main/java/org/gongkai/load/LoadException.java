package org.gongkai.load;

import java.util.List;

/** Thrown when the content cannot be loaded; carries every problem found, in file order. */
public final class LoadException extends Exception {

    private final List<Problem> problems;

    public LoadException(List<Problem> problems) {
        super(problems.size() + " 处输入错误");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
