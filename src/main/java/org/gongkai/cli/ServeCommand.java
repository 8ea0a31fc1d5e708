package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongkai.serve.Serve;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai serve [SITE_DIR] [--port N] [--base PATH]}. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"在本机预览站点：在内存中生成（不写输出文件夹），",
                "修改内容、模板、样式或 site.yaml 后只重新生成受影响的页面，",
                "并自动刷新已打开的页面；输入有错时页面显示错误列表。"},
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footer = {"", "按 Ctrl-C 停止。退出码：1 无法启动（如端口被占用）；2 命令用法错误。"})
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
            description = "站点文件夹，默认为当前文件夹")
    Path siteDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "端口，默认 ${DEFAULT-VALUE}；0 表示任选一个空闲端口")
    int port;

    @Option(names = "--base", paramLabel = "PATH", defaultValue = "/",
            description = "站点所在的子路径，如 /gongkai/（模拟门户中的位置），默认为 /")
    String base;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "监听的地址，默认只允许本机访问（${DEFAULT-VALUE}）")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(siteDir)) {
            err.println("站点文件夹不存在：" + siteDir);
            return 1;
        }
        if (port < 0 || port > 65535) {
            err.println("端口应在 0 到 65535 之间，这里是 " + port);
            return 2;
        }
        String path = base.startsWith("/") ? base : "/" + base;
        path = path.endsWith("/") ? path : path + "/";
        CountDownLatch stopped = new CountDownLatch(1);
        Serve serve;
        try {
            serve = Serve.start(siteDir, host, port, path, out);
        } catch (BindException e) {
            err.println("端口 " + port + " 已被占用或无法使用，请用 --port 另选一个（0 表示任选）");
            return 1;
        } catch (IOException e) {
            err.println("无法启动预览：" + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> {
            serve.close();
            out.println();
            out.println("已停止预览。");
            out.flush();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("预览地址：" + serve.url() + "（按 Ctrl-C 停止）");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
