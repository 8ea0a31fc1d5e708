package org.gongkai.cli;

import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai}: the command line. Each subcommand is its own class. */
@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "把 YAML 写成的部门预算绩效目标生成可检索、无障碍的静态公开网站。",
        subcommands = {BuildCommand.class, CheckCommand.class, DiffCommand.class, FmtCommand.class,
                ImportCommand.class, InitCommand.class, ServeCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "命令",
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        footer = {"", "先用 gongkai init 新建站点，或在站点文件夹里运行 gongkai build。"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 content or build errors, 2 usage errors. */
    public static int run(String... args) {
        // Pebble logs through SLF4J; with no logger bound, its start-up notice would only confuse users.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        return new CommandLine(new Main())
                // picocli's own words (usage headings, the -h/-V descriptions) in Chinese, for every command
                .setResourceBundle(ResourceBundle.getBundle("gongkai.cli.messages"))
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
