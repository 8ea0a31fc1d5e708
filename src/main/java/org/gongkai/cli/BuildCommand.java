package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongkai.pipeline.Build;
import org.gongkai.pipeline.BuildException;
import org.gongkai.pipeline.ContentErrors;
import org.gongkai.pipeline.Stage;
import org.gongkai.check.Finding;
import org.gongkai.check.Grade;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.load.LoadException;
import org.gongkai.load.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai build [SITE_DIR] [-o OUT]}. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "读取站点文件夹（site.yaml 和 content/），生成静态网站。",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "退出码：0 成功；1 内容或构建错误（原有输出保持不变）；2 命令用法错误。"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
            description = "站点文件夹，默认为当前文件夹")
    Path siteDir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "输出文件夹，默认为 SITE_DIR/site")
    Path output;

    @Option(names = "--allow-errors", description = "检查发现错误时仍然生成（供内部审阅）")
    boolean allowErrors;

    @Option(names = "--drafts", description = "也生成草稿（draft: true 的部门和项目），页面上标明“草稿”，供审阅")
    boolean drafts;

    @Option(names = "--incremental", description = "增量构建：借上次增量构建留在站点文件夹 .gongkai/ 里的缓存，"
            + "只重新生成改动所及的页面")
    boolean incremental;

    @Option(names = "--watch", description = "生成后继续监视站点文件，每有改动即增量重新生成（含 --incremental），"
            + "按 Ctrl-C 停止")
    boolean watch;

    @Option(names = "--debug", description = "出错时显示 Java 调用栈")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path out0 = output != null ? output : siteDir.resolve("site");
        if (!watch) {
            return build(out0, out, err, null, false);
        }
        if (!java.nio.file.Files.isDirectory(siteDir)) {
            err.println("站点文件夹不存在：" + siteDir);
            return 1;
        }
        return watch(out0, out, err);
    }

    /**
     * Builds, then builds again on each batch of changes to the site's inputs ({@link BuildWatch}),
     * from the cache the build before left, kept in memory too, until stopped (Ctrl-C, or the
     * thread interrupted); returns the last build's exit code.
     */
    private int watch(Path out0, PrintWriter out, PrintWriter err) {
        BuildWatch watch = new BuildWatch(siteDir, out, (changed, keep) -> build(out0, out, err, changed, keep));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watch.close();
            out.println();
            out.println("已停止监视。");
            out.flush();
            stopped.countDown();
        });
        try {
            watch.start();
            Runtime.getRuntime().addShutdownHook(hook);
            stopped.await();
        } catch (java.io.IOException e) {
            err.println("无法监视站点文件夹：" + e.getMessage());
            watch.close();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            watch.close();
        }
        return watch.last();
    }

    /**
     * One build, its findings and summary printed; returns the exit code. {@code changed}: the files
     * a watcher saw change since the build before, or null; {@code keep}: keep the cache in memory.
     */
    private int build(Path out0, PrintWriter out, PrintWriter err, java.util.Set<Path> changed, boolean keep) {
        long start = System.nanoTime();
        try {
            Build.Result result = new Build(siteDir, out0, progress(err)).allowErrors(allowErrors)
                    .includeDrafts(drafts).cache(incremental || watch).keepCacheInMemory(keep).changedSince(changed).run();
            clearProgress(err);
            printFindings(result.findings(), err);
            printHeldBack(result.heldBack(), err);
            long total = (System.nanoTime() - start) / 1_000_000;
            out.printf("已生成 %d 个页面（%d 个部门，%d 个项目）→ %s，用时 %.2f 秒（%s）%n",
                    result.pages(), result.site().departmentCount(), result.site().projectCount(),
                    out0, total / 1000.0, result.times().summary());
            if (result.kept() > 0) {
                out.printf("（增量构建：只重新生成改动所及的文件，%d 个文件沿用上次构建）%n", result.kept());
            }
            printExternalLinks(result.externalLinks(), out);
            return 0;
        } catch (LoadException e) {
            clearProgress(err);
            printProblems(e.problems(), err);
            err.println("共 " + e.problems().size() + " 处输入错误，未生成网站（原有输出保持不变）。");
            return 1;
        } catch (ContentErrors e) {
            clearProgress(err);
            printFindings(e.findings(), err);
            err.println(e.getMessage() + "。");
            return 1;
        } catch (OutOfMemoryError e) {
            clearProgress(err);
            err.println("内存不足，未生成网站（原有输出保持不变）：请给 Java 更大的堆，如 GONGKAI_JAVA_OPTS=\"-Xmx2g\" ./gongkai build");
            return 1;
        } catch (BuildException e) {
            clearProgress(err);
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("构建失败：" + e.getMessage());
            return 1;
        }
    }

    /** How many links to other sites a build lists; a site whose prose links widely says how many more. */
    static final int EXTERNAL_SHOWN = 20;

    /** The links to other sites the pages carry, each to a host the settings or the prose name. */
    private static void printExternalLinks(List<String> links, PrintWriter out) {
        if (links.isEmpty()) {
            return;
        }
        out.println("站外链接 " + links.size() + " 个（均为 site.yaml 的设置或各部门文字中写明的网址）：");
        links.stream().limit(EXTERNAL_SHOWN).forEach(link -> out.println("  " + link));
        if (links.size() > EXTERNAL_SHOWN) {
            out.println("  ……另有 " + (links.size() - EXTERNAL_SHOWN) + " 个");
        }
    }

    /** The drafts a build left out, so nobody wonders where a department went. */
    private static void printHeldBack(List<org.gongkai.model.Site.Draft> heldBack, PrintWriter err) {
        if (heldBack.isEmpty()) {
            return;
        }
        err.println("未发布的草稿（draft: true）" + heldBack.size() + " 处，加 --drafts 可预览：");
        for (org.gongkai.model.Site.Draft d : heldBack) {
            err.println("  " + d.origin().file() + "：" + d.label());
        }
    }

    /** On a terminal, each stage is announced as it starts, so a long build shows where it is. */
    private static Consumer<Stage> progress(PrintWriter err) {
        if (System.console() == null) {
            return stage -> { };
        }
        return stage -> {
            err.print("\r" + stage.label() + "…\u001b[K");
            err.flush();
        };
    }

    private static void clearProgress(PrintWriter err) {
        if (System.console() != null) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    static void printProblems(List<Problem> problems, PrintWriter err) {
        DiagnosticPrinter.print(problems.stream().map(Problem::diagnostic).toList(), err);
    }

    /** For commands that read content without building: every problem, then what could not be done. */
    static void printLoadFailure(org.gongkai.load.LoadException e, PrintWriter err, String notDone) {
        printProblems(e.problems(), err);
        err.println("共 " + e.problems().size() + " 处输入错误，内容无法读取，" + notDone + "。");
    }

    /** How many warnings and notices a build prints in full; check lists them all. */
    static final int SHOWN = 5;

    /**
     * Errors in full (they stop a build); the first {@link #SHOWN} warnings and notices in full,
     * so a build says what they are, and a count of the rest with where to see them.
     */
    private static void printFindings(List<Finding> findings, PrintWriter err) {
        if (findings.isEmpty()) {
            return;
        }
        List<Finding> counted = findings.stream().filter(Finding::counts).toList();
        List<Finding> others = counted.stream().filter(f -> f.grade() != Grade.ERROR).toList();
        DiagnosticPrinter.print(counted.stream().filter(f -> f.grade() == Grade.ERROR).map(Finding::diagnostic).toList(), err);
        DiagnosticPrinter.print(others.stream().limit(SHOWN).map(Finding::diagnostic).toList(), err);
        List<Finding> rest = others.subList(Math.min(SHOWN, others.size()), others.size());
        if (!rest.isEmpty()) {
            long warnings = rest.stream().filter(f -> f.grade() == Grade.WARNING).count();
            long notices = rest.size() - warnings;
            err.println("……另有 " + (warnings > 0 ? warnings + " 个警告" : "") + (warnings > 0 && notices > 0 ? "、" : "")
                    + (notices > 0 ? notices + " 个提示" : "") + "（gongkai check 列出全部）");
        }
        err.println(CheckCommand.summaryLine(findings));
    }
}
