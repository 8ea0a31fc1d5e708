package org.gongkai.check;

import java.util.List;
import java.util.function.Consumer;
import org.gongkai.model.Department;
import org.gongkai.model.Site;

/**
 * The example department {@code gongkai init} writes, still there beside real ones: it would be
 * published as if it were a department of the site.
 */
public final class ExampleDepartment {

    public static final String ID = "example-department";
    /** What init's example is known by: its code and name (src/main/resources/gongkai/init/). */
    static final String CODE = "000001";
    static final String NAME = "示例市示例局";

    private ExampleDepartment() {
    }

    public static void check(Site site, Consumer<Finding> out) {
        List<Department> all = site.years().stream().flatMap(y -> y.departments().stream()).toList();
        boolean othersExist = all.stream().anyMatch(d -> !isExample(d));
        for (Department d : all) {
            if (isExample(d) && othersExist) {
                out.accept(new Finding(ID, Grade.WARNING, d.origin(), null, null,
                        "这是 gongkai init 生成的示例部门“" + d.name() + "”，站点已有其他部门：请删去文件夹 "
                                + folderOf(d) + "（否则它会作为一个部门发布）", null));
            }
        }
    }

    private static boolean isExample(Department d) {
        return CODE.equals(d.code()) && NAME.equals(d.name());
    }

    private static String folderOf(Department d) {
        String file = d.origin().file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(0, slash + 1);
    }
}
