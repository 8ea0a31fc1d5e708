package org.gongkai.check;

import org.gongkai.model.Department;
import org.gongkai.model.Project;

/** What a rule looks at: one project of one department, and the site's indicator framework. */
public record Subject(Department department, Project project, Framework framework) {
}
