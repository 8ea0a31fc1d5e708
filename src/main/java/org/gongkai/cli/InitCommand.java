package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gongkai.pipeline.ClasspathFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gongkai init DIR}: a minimal new site with one example department and project. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"新建一个最小的站点：site.yaml、一个示例部门和一个示例项目。",
                "site.yaml 中的页脚、发布地址和门户元数据写成注释，待填写；",
                "另有 .gitignore（不提交 site/）和 .gitattributes（内容文件逐字比较的 diff 设置，见 README）。"},
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n")
final class InitCommand implements Callable<Integer> {

    static final String TEMPLATE = "gongkai/init/";
    /** The JSON Schemas go along, so editors validate and complete the new site's files. */
    static final String SCHEMA = "gongkai/schema/";
    /** Kept without their dot in the jar: Maven's resource copying leaves out .gitignore and .gitattributes. */
    static final Map<String, String> DOT_FILES = Map.of("gitignore", ".gitignore", "gitattributes", ".gitattributes");

    @Parameters(index = "0", paramLabel = "DIR", description = "新站点的文件夹（不存在或为空）")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            err.println("无法新建：" + dir + " 已存在且不是空文件夹（为免覆盖已有内容）");
            return 1;
        }
        Map<String, byte[]> files = new TreeMap<>(ClasspathFolder.read(TEMPLATE));
        ClasspathFolder.read(SCHEMA).forEach((name, bytes) -> files.put("schema/" + name, bytes));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = dir.resolve(DOT_FILES.getOrDefault(f.getKey(), f.getKey()));
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("已在 " + dir + " 新建站点（" + files.size() + " 个文件）。");
        out.println("编辑 content/ 下的 YAML 文件，然后运行：gongkai build " + dir);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}
