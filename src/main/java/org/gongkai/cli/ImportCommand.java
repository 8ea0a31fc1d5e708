package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.fmt.ContentKind;
import org.gongkai.fmt.Formatter;
import org.gongkai.importer.Finding;
import org.gongkai.importer.FindingCap;
import org.gongkai.importer.ImportException;
import org.gongkai.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai import FILE... [-o SITE_DIR] [--year Y] [--short-name NAME] [--department SLUG] [--code SLUG]
 * [--attach] [--force] [--dry-run]}.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"把部门交来的 Word、Excel 或文本格式的绩效目标转成内容 YAML。",
                "读取 Word .docx、Excel .xlsx、网页 .html，或从 Word 导出的文本 .txt，按标签识别各地的",
                "绩效目标表、申报表、审批表，写成 content/<年度>/<部门>/department.yaml 和 projects/<项目>.yaml，",
                "统一格式（同 gongkai fmt）；没有编码时文件夹名和文件名取名称（或用 --department、--code 指定）。",
                "文字照录，金额照原样，空白格写 null；读不懂、放不下的内容逐条列出位置（第 N 行 / 第 N 段 / 表 T 第 R 行第 C 格 / 工作表!B7），",
                "能读到的照样写入，并在文件开头注明“导入不完整”。"},
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "退出码：0 全部导入；1 已写入但有未能导入的内容（文件已标明不完整），或目标文件已存在而未写入；",
                "2 参数有误或文件无法读取（什么也没写）。",
                "导入后：gongkai check SITE_DIR 检查，gongkai build SITE_DIR 生成网站。说明见 docs/import.md。"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要导入的文件：.docx、.xlsx、.html 或文本 .txt（UTF-8、UTF-16 或 GBK/GB18030）")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "SITE_DIR", defaultValue = ".",
            description = "写入哪个站点文件夹（默认当前文件夹），文件写在其中的 content/ 下")
    Path siteDir;

    @Option(names = "--year", paramLabel = "YEAR", description = "预算年度，如 2023（文件中没有写明年度时必须指定）")
    Integer year;

    @Option(names = "--short-name", paramLabel = "NAME", description = {"部门简称，如 遵化市科协（写入 short_name）；",
            "一次导入多个部门时写成 部门编码=简称，可重复"})
    List<String> shortNames = new ArrayList<>();

    @Option(names = "--department", paramLabel = "SLUG", description = {"部门文件夹名（原文没有部门编码时用；默认取部门名称），",
            "字母、数字（可用汉字）和 - _ .，不以 . 或 - 开头，最多 80 个字符"})
    String department;

    @Option(names = "--code", paramLabel = "SLUG", description = {"项目文件名（原文只有一个项目且没有项目编码时用；默认取项目名称），",
            "写法同 --department"})
    String code;

    @Option(names = "--attach", description = {"把导入的原文件作为部门的附件：复制到 SITE_DIR/attachments/<年度>/<部门>/，",
            "并在 department.yaml 的 attachments 中写明（网站的部门页列出它和它的大小）；一次只导入一个文件时可用"})
    boolean attach;

    @Option(names = "--force", description = "覆盖已有的内容文件（默认不覆盖，列出已有的文件后什么也不写）")
    boolean force;

    @Option(names = "--dry-run", description = "只显示将写入哪些文件和它们的内容，不写入")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && (year < 1900 || year > 2999)) {
            err.println("--year 应为四位年度，如 2023");
            return 2;
        }
        for (String slug : new String[] {department, code}) {
            if (slug != null && !slug.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,79}")) {
                err.println("「" + slug + "」不能用作文件夹名或文件名：只能用字母、数字（可用汉字）和 - _ .，"
                        + "不以 . 或 - 开头，最多 80 个字符");
                return 2;
            }
        }
        if (attach && files.size() != 1) {
            err.println("--attach 一次只能导入一个文件（原文件要作为哪个部门的附件须明确）");
            return 2;
        }
        Map<String, String> names = new HashMap<>();
        for (String s : shortNames) {
            int eq = s.indexOf('=');
            names.put(eq < 0 ? "" : s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        Importer.Result result;
        try {
            result = Importer.run(files, new Importer.Options(year == null ? null : year.toString(), names, department, code));
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("未写入任何文件。");
            return 2;
        }
        // Notices are not findings: the import is complete, so they go to stdout and leave the exit code alone.
        result.notices().forEach(n -> out.println("说明：" + n));
        List<Importer.Output> outputs = new ArrayList<>();
        List<Path> existing = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (Importer.Output o0 : result.outputs()) {
            Importer.Output o = o0;
            if (attach && o.path().getFileName().toString().equals("department.yaml")) {
                Attachment a = Attachment.of(files.get(0), o.path());
                attachments.add(a);
                if (Files.exists(siteDir.resolve(a.path())) && !Attachment.same(files.get(0), siteDir.resolve(a.path()))) {
                    existing.add(siteDir.resolve(a.path()));
                }
                try {
                    o = new Importer.Output(o.path(), a.addTo(o.yaml()), o.incomplete(), o.keepExisting());
                } catch (Formatter.FormatException e) {
                    err.println("无法在 " + o.path() + " 中写入附件：" + e.getMessage());
                    return 1;
                }
            }
            Path target = siteDir.resolve(o.path());
            if (Files.exists(target) && o.keepExisting()) {
                out.println("保留已有的 " + target + "（来源中没有第一部分，不替换）"
                        + (attach ? "；附件的路径请自行写入它的 attachments" : ""));
                continue;
            }
            if (Files.exists(target)) {
                existing.add(target);
            }
            outputs.add(o);
        }
        if (dryRun) {
            for (Importer.Output o : outputs) {
                Path target = siteDir.resolve(o.path());
                out.println("--- " + target + (existing.contains(target) ? "（已存在，需 --force 才会覆盖）" : "")
                        + (o.incomplete() ? "（导入不完整）" : "") + " ---");
                out.print(o.yaml());
            }
            findings(result.findings(), out, err);
            out.println(summary(outputs, result.findings()) + "；试运行，未写入任何文件");
            return result.findings().isEmpty() && (existing.isEmpty() || force) ? 0 : 1;
        }
        if (!existing.isEmpty() && !force) {
            findings(result.findings(), out, err);
            err.println("以下文件已存在，为免覆盖已有内容，未写入任何文件（确认要覆盖请加 --force，先看内容可加 --dry-run）：");
            existing.forEach(p -> err.println("  " + p));
            return 1;
        }
        try {
            for (Attachment a : attachments) {
                Path target = siteDir.resolve(a.path());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".import");
                Files.copy(files.get(0), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                out.println("已复制附件：" + target);
            }
            for (Importer.Output o : outputs) {
                write(siteDir.resolve(o.path()), o.yaml());
                out.println((existing.contains(siteDir.resolve(o.path())) ? "已覆盖：" : "已写入：") + siteDir.resolve(o.path())
                        + (o.incomplete() ? "（导入不完整，见文件开头的注释）" : ""));
            }
        } catch (IOException e) {
            err.println("无法写入：" + e.getMessage());
            return 1;
        }
        findings(result.findings(), out, err);
        out.println(summary(outputs, result.findings()) + "。接下来：gongkai check " + siteDir + "，再 gongkai build " + siteDir);
        return result.findings().isEmpty() ? 0 : 1;
    }

    /** The findings with their locations (the first of each file), after the list of files and before the summary line. */
    private static void findings(List<Finding> findings, PrintWriter out, PrintWriter err) {
        out.flush();
        if (!findings.isEmpty()) {
            err.println("未能导入的内容（" + findings.size() + " 处）：");
            FindingCap.lines(findings).forEach(line -> err.println("  " + line));
            err.flush();
        }
    }

    private static String summary(List<Importer.Output> outputs, List<Finding> findings) {
        long departments = outputs.stream().filter(o -> o.path().getFileName().toString().equals("department.yaml")).count();
        long incomplete = outputs.stream().filter(Importer.Output::incomplete).count();
        return "导入：" + departments + " 个部门，" + (outputs.size() - departments) + " 个项目"
                + (incomplete > 0 ? "，" + incomplete + " 个文件不完整" : "")
                + (findings.isEmpty() ? "" : "，" + findings.size() + " 处内容未能导入（见上）");
    }

    /**
     * The imported file as the department's attachment: kept in the site folder at
     * attachments/&lt;year&gt;/&lt;department&gt;/&lt;file name&gt;, named in department.yaml.
     */
    private record Attachment(String path) {

        /** For the department file at {@code departmentFile} (content/&lt;year&gt;/&lt;department&gt;/department.yaml). */
        static Attachment of(Path source, Path departmentFile) {
            Path folder = departmentFile.getParent();
            return new Attachment("attachments/" + folder.getParent().getFileName() + "/" + folder.getFileName() + "/"
                    + source.getFileName());
        }

        /** The department's YAML with this attachment listed, laid out as fmt lays it out. */
        String addTo(String yaml) throws Formatter.FormatException {
            return Formatter.format(yaml + (yaml.endsWith("\n") ? "" : "\n") + "attachments:\n  - "
                    + Formatter.doubleQuoted(path) + "\n", ContentKind.DEPARTMENT);
        }

        /** True when the file already in the site folder is the source itself, byte for byte. */
        static boolean same(Path a, Path b) {
            try {
                return Files.mismatch(a, b) == -1;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Written beside and moved over, so an interrupted import never leaves half a file. */
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".import");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
