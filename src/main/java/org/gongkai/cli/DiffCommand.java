package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gongkai.diff.Comparison;
import org.gongkai.diff.DepartmentChange;
import org.gongkai.diff.Differ;
import org.gongkai.diff.JsonReport;
import org.gongkai.diff.MarkdownReport;
import org.gongkai.diff.Status;
import org.gongkai.diff.SummaryReport;
import org.gongkai.diff.TextReport;
import org.gongkai.load.LoadException;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai diff OLD NEW}: two years of one site, or two site folders. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"比较两个年度或两个站点文件夹：项目的增减、预算变化、目标和指标的改动。",
                "可比较同一站点的两个年度（gongkai diff 2023 2024），",
                "或两个站点文件夹（gongkai diff 旧 新，例如两个 git 检出）：同一年度与同一年度比较；",
                "两个文件夹各只有一个年度且年度不同时，比较这两个年度。",
                "项目按编码对应，编码变了则按名称对应；报告新增、移除和变化的项目，",
                "预算增减（金额与百分比），目标文字的逐字差异，指标行的增删改与指标值的提高或降低。"},
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "例：gongkai diff 2023 2024 --format markdown > 变化.md",
                "    git worktree add ../上一版 HEAD~1 && gongkai diff ../上一版 .",
                "退出码：0 比较完成（加 --exit-code 时有变化为 1）；2 参数有误或内容无法读取。"})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    enum Colour { auto, always, never }

    @Parameters(index = "0", paramLabel = "OLD", description = "上一年度（如 2023），或旧的站点文件夹")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "下一年度（如 2024），或新的站点文件夹")
    String after;

    @Option(names = "--site", paramLabel = "SITE_DIR", defaultValue = ".",
            description = "比较两个年度时所用的站点文件夹，默认为当前文件夹")
    Path site;

    @Option(names = {"-d", "--department"}, paramLabel = "CODE", description = "只比较这个部门（部门编码）")
    String department;

    @Option(names = "--year", paramLabel = "YEAR", description = "比较两个站点文件夹时，只比较这一年度")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认）、json 或 markdown（适合贴在合并请求里）")
    Format format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "文字输出是否着色：auto（终端上着色，默认）、always 或 never")
    Colour colour;

    @Option(names = "--exit-code", description = "有变化时退出码为 1（用于 CI）")
    boolean exitCode;

    @Option(names = "--summary", description = {"只输出 Markdown 摘要：各项计数、各部门预算合计与变化最大的项目，",
            "总长不超过 60,000 字符，总能贴进合并请求的评论；完整报告用 --output 另存为文件"})
    boolean summary;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "把完整报告（按 --format 的格式，UTF-8）写入这个文件，而不输出到屏幕")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Comparison comparison;
        try {
            comparison = compare(err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (LoadException e) {
            BuildCommand.printLoadFailure(e, err, "未能比较");
            return 2;
        }
        if (comparison == null) {
            return 2;
        }
        if (output != null) {
            try {
                writeReport(comparison);
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("未能写入 " + output + "：文件夹不存在");
                return 2;
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                err.println("未能写入 " + output + "：" + e.getMessage());
                return 2;
            }
        }
        if (summary) {
            out.print(SummaryReport.of(comparison, output == null ? null : output.toString()));
        } else if (output == null) {
            try {
                report(comparison, out, System.out, useColour());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw; kept for the file's sake
            }
        }
        out.flush();
        boolean changed = comparison.departments().stream().anyMatch(d -> d.status() != Status.UNCHANGED);
        return exitCode && changed ? 1 : 0;
    }

    /**
     * The report in its format to {@code out}, or, for JSON, in UTF-8 bytes to {@code bytes}, where
     * {@code out} writes too: the generator encodes as it writes, which a writer's encoder did again
     * after it (a tenth of the time of a large report).
     */
    private void report(Comparison comparison, java.io.Writer out, java.io.OutputStream bytes, boolean colour)
            throws java.io.IOException {
        switch (format) {
            case json -> {
                out.flush();
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes, 64 * 1024);
                JsonReport.write(comparison, buffered);
                buffered.flush();
            }
            case markdown -> out.write(MarkdownReport.of(comparison));
            default -> out.write(TextReport.of(comparison, colour));
        }
    }

    /** The full report to its file, whole or not at all: written beside it, then moved into place. */
    private void writeReport(Comparison comparison) throws java.io.IOException {
        Path target = output.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".gongkai-diff-", ".tmp");
        try {
            try (java.io.OutputStream file = Files.newOutputStream(temporary);
                    java.io.Writer w = new java.io.OutputStreamWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                report(comparison, w, file, false);
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Comparison compare(PrintWriter err) throws LoadException {
        boolean years = isYear(before) && isYear(after) && !Files.isDirectory(Path.of(before))
                && !Files.isDirectory(Path.of(after));
        if (years) {
            Site s = SiteLoader.load(site);
            int a = Integer.parseInt(before);
            int b = Integer.parseInt(after);
            return Differ.compare(before + "年", departments(s, a, "站点 " + site), after + "年", departments(s, b,
                    "站点 " + site));
        }
        for (String folder : List.of(before, after)) {
            if (!Files.isDirectory(Path.of(folder))) {
                throw new IllegalArgumentException(folder + "：既不是年度（如 2023），也不是站点文件夹");
            }
        }
        Site old = SiteLoader.load(Path.of(before));
        Site now = SiteLoader.load(Path.of(after));
        if (year == null && old.years().size() == 1 && now.years().size() == 1
                && old.years().get(0).year() != now.years().get(0).year()) {
            // One year in each folder, and not the same one: last year's release against this year's.
            int a = old.years().get(0).year();
            int b = now.years().get(0).year();
            List<Department> was = filter(find(old, a));
            List<Department> is = filter(find(now, b));
            if (department != null && was.isEmpty() && is.isEmpty()) {
                throw new IllegalArgumentException("找不到编码为 " + department + " 的部门");
            }
            return Differ.compare(before + "（" + a + "年）", was, after + "（" + b + "年）", is);
        }
        TreeSet<Integer> all = new TreeSet<>();
        old.years().forEach(y -> all.add(y.year()));
        now.years().forEach(y -> all.add(y.year()));
        if (year != null) {
            if (!all.contains(year)) {
                throw new IllegalArgumentException("两个站点都没有 " + year + " 年度的内容");
            }
            all.retainAll(List.of(year));
        }
        // Each year is compared with the same year: two revisions of one disclosure.
        List<DepartmentChange> changes = new ArrayList<>();
        for (int y : all) {
            changes.addAll(Differ.compare(before, filter(find(old, y)), after, filter(find(now, y))).departments());
        }
        return new Comparison(before, after, changes);
    }

    private List<Department> departments(Site s, int y, String where) {
        if (s.years().stream().noneMatch(x -> x.year() == y)) {
            throw new IllegalArgumentException(where + " 没有 " + y + " 年度的内容（content/" + y + "/）");
        }
        List<Department> list = filter(find(s, y));
        if (department != null && list.isEmpty() && s.years().stream().flatMap(x -> x.departments().stream())
                .noneMatch(d -> d.code().equals(department))) {
            throw new IllegalArgumentException("找不到编码为 " + department + " 的部门");
        }
        return list;
    }

    private static List<Department> find(Site s, int y) {
        return s.years().stream().filter(x -> x.year() == y).findFirst().map(Year::departments).orElse(List.of());
    }

    private List<Department> filter(List<Department> list) {
        return department == null ? list : list.stream().filter(d -> d.code().equals(department)).toList();
    }

    private static boolean isYear(String s) {
        return s.matches("\\d{4}");
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            default -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
