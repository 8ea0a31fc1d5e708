package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.FindingsFormat;
import org.gongkai.check.Grade;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.load.LoadException;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Site;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai check [SITE_DIR] [--format text|json|sarif] [--strict]}. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "像财政审核人员一样检查公开内容：金额是否相符、支出计划、指标分类、指标值……",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "退出码：0 没有错误；1 有错误（--strict 时警告也算）；2 内容无法读取。",
                "规则说明见 docs/checks.md；在 site.yaml 的 check.rules 中可关闭规则或调整等级。"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
            description = "站点文件夹，默认为当前文件夹")
    Path siteDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认）、json 或 sarif")
    Format format;

    @Option(names = "--strict", description = "警告也按错误处理")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Site site;
        try {
            site = SiteLoader.load(siteDir);
        } catch (LoadException e) {
            BuildCommand.printLoadFailure(e, err, "未能检查");
            return 2;
        }
        List<Finding> findings = Checker.of(site.config().check()).check(site);
        if (strict) {
            findings = findings.stream().map(f -> f.grade() == Grade.WARNING
                    ? new Finding(f.rule(), Grade.ERROR, f.origin(), f.project(), f.row(), f.message(), f.silenced())
                    : f).toList();
        }
        switch (format) {
            case json -> out.print(FindingsFormat.json(findings));
            case sarif -> out.print(FindingsFormat.sarif(findings));
            default -> printText(findings, out);
        }
        out.flush();
        return FindingsFormat.summary(findings).get(Grade.ERROR) > 0 ? 1 : 0;
    }

    /** Grouped by file, then a summary line. */
    static void printText(List<Finding> findings, PrintWriter out) {
        DiagnosticPrinter.printByFile(findings.stream().map(Finding::diagnostic).toList(), out);
        out.println(summaryLine(findings));
    }

    static String summaryLine(List<Finding> findings) {
        Map<Grade, Long> s = FindingsFormat.summary(findings);
        long silenced = findings.stream().filter(f -> !f.counts()).count();
        return "检查：" + s.get(Grade.ERROR) + " 个错误，" + s.get(Grade.WARNING) + " 个警告，" + s.get(Grade.NOTICE)
                + " 个提示" + (silenced > 0 ? "，" + silenced + " 条已忽略" : "");
    }
}
