package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Department;
import org.gongkai.model.Project;

/** One check of a project. Rules report findings; they never throw on bad content. */
public interface Rule {

    /** The id printed with each finding, so it can be looked up and silenced. */
    String id();

    void check(Department department, Project project, Consumer<Finding> out);
}
