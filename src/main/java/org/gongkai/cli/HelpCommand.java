package org.gongkai.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gongkai help [命令]}: picocli's help command, in Chinese. */
@Command(name = "help",
        helpCommand = true,
        description = "显示某个命令的帮助（与 gongkai 命令 --help 相同）。")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "命令", arity = "0..1", description = "要查看帮助的命令，如 build")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme,
                     PrintWriter outWriter, PrintWriter errWriter) {
        self = helpCommandLine;
        colors = colorScheme;
        out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            throw new CommandLine.UnmatchedArgumentException(parent, java.util.List.of(command));
        }
        sub.usage(out, colors);
    }
}
