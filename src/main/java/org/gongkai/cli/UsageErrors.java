package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gongkai.load.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line, told in Chinese (picocli's own messages are English): what is
 * wrong, the nearest command or option when one was mistyped, and where to read the usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(e));
        err.println("用 " + cmd.getCommandSpec().qualifiedName() + " --help 查看用法。");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The one-line message for a parse error. */
    static String message(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u, spec);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return missing(m.getMissing(), e.getMessage());
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " 只能写一次";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多：" + (e.getArgSpec() == null ? "" : name(e.getArgSpec()) + " ") + "只能给一个值";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return invalidValue(e.getArgSpec(), e.getValue());
        }
        return "命令行有误：" + e.getMessage();
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u, CommandSpec spec) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        String what;
        if (u.isUnknownOption()) {
            what = "未知的选项 \"" + first + "\"";
        } else if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            what = "未知的命令 \"" + first + "\"";
        } else {
            what = "多余的参数 \"" + first + "\"";
        }
        // Names compared without their leading dashes: --frmat is one letter from --format.
        String dashes = u.isUnknownOption() ? "--" : "";
        List<String> known = u.isUnknownOption()
                ? spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
                        .filter(n -> n.startsWith("--")).map(n -> n.substring(2)).toList()
                : List.copyOf(spec.subcommands().keySet());
        String near = DidYouMean.suggest(first.split("=", 2)[0].replaceFirst("^-+", ""), known);
        if (near != null) {
            return what + "，是否想写 \"" + dashes + near + "\"？";
        }
        if (!spec.subcommands().isEmpty() && !u.isUnknownOption()) {
            return what + "（命令有 " + spec.subcommands().keySet().stream().filter(n -> !n.equals("help"))
                    .collect(Collectors.joining("、")) + "）";
        }
        return what;
    }

    private static String missing(List<ArgSpec> missing, String english) {
        if (missing == null || missing.isEmpty()) {
            return "命令行缺少参数";
        }
        ArgSpec arg = missing.get(0);
        // picocli raises the same exception for a required option left out and for an option
        // given without its value; only the second message names a value.
        if (arg instanceof OptionSpec && (english.startsWith("Missing required parameter for option")
                || english.startsWith("Expected parameter for option"))) {
            return name(arg) + " 后面缺少值（" + arg.paramLabel() + "）";
        }
        String names = missing.stream().map(UsageErrors::described).collect(Collectors.joining("；"));
        return (arg instanceof PositionalParamSpec ? "缺少参数 " : "缺少必填的选项 ") + names;
    }

    private static String invalidValue(ArgSpec arg, String value) {
        String message = name(arg) + " 的值 \"" + value + "\" 无效";
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null && candidates.iterator().hasNext()) {
            return message + "：可选 " + StreamSupport.stream(candidates.spliterator(), false)
                    .map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining("、"));
        }
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return message + "：应为整数";
        }
        if (type == Path.class) {
            return message + "：不是有效的文件或文件夹名";
        }
        return message;
    }

    /** An option by its longest name, a parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? "选项 " + o.longestName() : "参数 " + arg.paramLabel();
    }

    private static String described(ArgSpec arg) {
        String label = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        String[] description = arg.description();
        return description.length == 0 ? label : label + "：" + description[0];
    }
}
