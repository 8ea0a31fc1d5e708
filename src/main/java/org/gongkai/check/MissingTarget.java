package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Department;
import org.gongkai.model.Indicator;
import org.gongkai.model.Project;

/** An indicator row without 指标值: published as disclosed, but a reviewer must see it. */
public final class MissingTarget implements Rule {

    @Override
    public String id() {
        return "target-missing";
    }

    @Override
    public void check(Department department, Project project, Consumer<Finding> out) {
        for (Indicator row : project.indicators()) {
            if (row.target() == null || row.target().isBlank()) {
                out.accept(new Finding(id(), Grade.WARNING, row.origin(),
                        "项目“" + project.name() + "”的指标“" + row.name() + "”没有填写指标值"));
            }
        }
    }
}
