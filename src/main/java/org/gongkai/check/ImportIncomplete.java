package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;

/**
 * A file that still starts with the comment {@code gongkai import} wrote because it could not read
 * everything: the missing cells have not been filled in from the source yet.
 */
public final class ImportIncomplete {

    public static final String ID = "import-incomplete";

    private ImportIncomplete() {
    }

    public static void check(Site site, Consumer<Finding> out) {
        for (Year y : site.years()) {
            for (Department d : y.departments()) {
                if (d.incomplete()) {
                    out.accept(finding(d.origin(), "部门“" + d.displayName() + "”"));
                }
                for (Project p : d.projects()) {
                    if (p.incomplete()) {
                        out.accept(finding(p.origin(), "项目“" + p.name() + "”"));
                    }
                }
            }
        }
    }

    private static Finding finding(org.gongkai.model.Origin where, String what) {
        return new Finding(ID, Grade.WARNING, where, null, null, what + "的文件开头仍有“"
                + Department.INCOMPLETE_MARK.substring(2) + "”的注释：请对照原文补全注释所列的内容，再删去这段注释", null);
    }
}
