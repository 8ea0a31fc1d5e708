package org.gongkai.cli;

import picocli.CommandLine;

/**
 * The last line of defence: an exception no command expected is a defect of ours, never the
 * user's. It is reported in one line; the stack trace only with --debug.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        if (debug) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println("内部错误：" + e + (debug ? "" : "（加 --debug 可查看详细信息）"));
        return 3;
    }
}
