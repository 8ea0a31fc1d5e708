package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.support.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line speaks Chinese: picocli's help and its parse errors, with the nearest name for a typo. */
class CliMessagesTest {

    /** picocli's English, as it prints it when nothing translates it. */
    private static final List<String> ENGLISH = List.of("Usage", "Unmatched argument", "Missing required",
            "Unknown option", "Invalid value", "Did you mean", "Show this help", "Print version",
            "Display help", "Options:", "Parameters:", "Commands:", "Expected parameter", "expected one of",
            "should be specified only once");

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        assertUsageError("未知的命令 \"biuld\"，是否想写 \"build\"？\n用 gongkai --help 查看用法。\n", "biuld");
        assertUsageError("未知的命令 \"chek\"，是否想写 \"check\"？\n用 gongkai --help 查看用法。\n", "chek");
        assertUsageError("未知的命令 \"publish\"（命令有 build、check、diff、fmt、import、init、serve）\n用 gongkai --help 查看用法。\n",
                "publish");
        assertUsageError("未知的命令 \"nope\"（命令有 build、check、diff、fmt、import、init、serve）\n用 gongkai --help 查看用法。\n",
                "help", "nope");
    }

    @Test
    void anUnknownOptionSuggestsTheNearestOne() {
        assertUsageError("未知的选项 \"--yaer\"，是否想写 \"--year\"？\n用 gongkai import --help 查看用法。\n",
                "import", "--yaer", "2023", "a.docx");
        assertUsageError("未知的选项 \"--chek\"，是否想写 \"--check\"？\n用 gongkai fmt --help 查看用法。\n", "fmt", "--chek");
        assertUsageError("未知的选项 \"--frmat=json\"，是否想写 \"--format\"？\n用 gongkai check --help 查看用法。\n",
                "check", "--frmat=json");
        assertUsageError("未知的选项 \"-x\"\n用 gongkai build --help 查看用法。\n", "build", "-x");
    }

    @Test
    void missingExtraAndInvalidArgumentsAreNamed() {
        assertUsageError("缺少参数 DIR：新站点的文件夹（不存在或为空）\n用 gongkai init --help 查看用法。\n", "init");
        assertUsageError("缺少参数 NEW：下一年度（如 2024），或新的站点文件夹\n用 gongkai diff --help 查看用法。\n", "diff", "2023");
        assertUsageError("多余的参数 \"b\"\n用 gongkai init --help 查看用法。\n", "init", "a", "b");
        assertUsageError("选项 --output 后面缺少值（OUT）\n用 gongkai build --help 查看用法。\n", "build", "-o");
        assertUsageError("选项 --format 的值 \"xml\" 无效：可选 text、json、sarif\n用 gongkai check --help 查看用法。\n",
                "check", "--format", "xml");
        assertUsageError("选项 --output 只能写一次\n用 gongkai build --help 查看用法。\n", "build", "-o", "a", "-o", "b");
    }

    @Test
    void helpIsInChinese() {
        Cli.Run help = Cli.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("用法：gongkai [-hV] 命令\n"), help.out());
        assertTrue(help.out().contains("  -h, --help      显示本帮助并退出。\n  -V, --version   显示版本信息并退出。\n"), help.out());
        assertTrue(help.out().contains("  help    显示某个命令的帮助（与 gongkai 命令 --help 相同）。\n"), help.out());
        Cli.Run build = Cli.run("help", "build");
        assertEquals(0, build.code());
        assertEquals(Cli.run("build", "--help").out(), build.out());
        assertTrue(build.out().startsWith("用法：gongkai build "), build.out());
    }

    @Test
    void noEnglishOfPicocliLeaksIntoAnyCommandsHelpOrCommonErrors() {
        List<String> commands = new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
        assertTrue(commands.containsAll(List.of("build", "check", "diff", "fmt", "import", "init", "help")), commands.toString());
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--help"});
        runs.add(new String[] {});
        runs.add(new String[] {"--nope"});
        runs.add(new String[] {"nope"});
        for (String command : commands) {
            runs.add(new String[] {command, "--help"});
            runs.add(new String[] {command, "--nope"});
            runs.add(new String[] {command, "-h", "x"});
            runs.add(new String[] {"help", command});
        }
        for (String[] args : runs) {
            Cli.Run run = Cli.run(args);
            String all = run.out() + run.err();
            for (String english : ENGLISH) {
                assertFalse(all.contains(english), String.join(" ", args) + " prints \"" + english + "\":\n" + all);
            }
        }
    }

    private static void assertUsageError(String expected, String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(expected, run.err(), String.join(" ", args));
        assertEquals("", run.out());
        assertEquals(2, run.code());
    }
}
