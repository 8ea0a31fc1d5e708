package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.fmt.ContentFiles;
import org.gongkai.fmt.ContentKind;
import org.gongkai.fmt.Formatter;
import org.gongkai.load.Problems;
import org.gongkai.load.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai fmt [PATHS] [--check]}: one canonical form for content files. */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"把内容文件整理成统一格式（注释保留）；--check 只检查不改动。",
                "键按格式说明的顺序、统一的引号与缩进、LF 换行、文末换行；",
                "金额按原样保留，注释保留。整理前后的数据必须完全相同，否则不改动文件。"},
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "退出码：0 全部已是统一格式（或已整理好）；1 --check 发现未整理的文件，或有文件无法整理；2 参数有误。"})
final class FmtCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATHS", defaultValue = ".",
            description = "内容文件，或站点文件夹（整理其中 content/ 下的文件），默认为当前文件夹")
    List<Path> paths;

    @Option(names = "--check", description = "只列出不是统一格式的文件，不改动；有则退出码为 1（用于 CI 和提交前检查）")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Outcome(Path file, String error, boolean changed) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = ContentFiles.find(paths);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<Outcome> outcomes = files.parallelStream().map(this::format).toList();
        int changed = 0;
        int failed = 0;
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                err.println(o.error());
                failed++;
            } else if (o.changed()) {
                out.println((check ? "未整理：" : "已整理：") + o.file());
                changed++;
            }
        }
        out.println("共 " + files.size() + " 个文件，" + (check ? changed + " 个不是统一格式" : "整理了 " + changed + " 个")
                + (failed > 0 ? "，" + failed + " 个无法整理" : "") + (check && changed > 0 ? "；运行 gongkai fmt 整理" : ""));
        return failed > 0 || (check && changed > 0) ? 1 : 0;
    }

    private Outcome format(Path file) {
        Problems problems = new Problems();
        byte[] bytes = SourceFile.bytes(file, file.toString(), problems);
        String text = bytes == null ? null : SourceFile.text(bytes, file.toString(), problems);
        if (text == null) {
            return new Outcome(file, problems.sorted().get(0) + "，未整理", false);
        }
        try {
            String canonical = Formatter.format(text, ContentKind.of(file), !check);
            byte[] result = canonical.getBytes(StandardCharsets.UTF_8);
            // Compared as bytes: a BOM, which the text no longer has, is a difference too.
            if (Arrays.equals(result, bytes)) {
                return new Outcome(file, null, false);
            }
            if (!check) {
                // Written beside and moved over, so an interrupted run never leaves half a file.
                Path temp = file.resolveSibling("." + file.getFileName() + ".fmt");
                Files.write(temp, result);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Outcome(file, null, true);
        } catch (Formatter.FormatException e) {
            return new Outcome(file, file + ":" + Math.max(1, e.line()) + ":" + Math.max(1, e.column()) + ": "
                    + e.getMessage(), false);
        } catch (IOException e) {
            return new Outcome(file, file + ": 无法写入：" + e.getMessage(), false);
        }
    }
}
