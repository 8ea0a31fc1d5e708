package org.gongkai.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code gongkai build SITE -o OUT} in a JVM of its own, on this test's class path, so a test can
 * kill it for real ({@link Process#destroyForcibly()} is SIGKILL on Linux). With a step pause, the
 * write stage announces each step ({@link WriteSteps}) and the test sees them as they come.
 */
final class ChildBuild implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> stderr = new ArrayList<>();

    ChildBuild(Path site, Path out, long stepMillis) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // A short-lived JVM: no C2, a small serial heap, so fifty of them start quickly on two cores.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xss1m",
                "-Dfile.encoding=UTF-8", "-Dslf4j.internal.verbosity=ERROR"));
        if (stepMillis > 0) {
            command.add("-D" + WriteSteps.PROPERTY + "=" + stepMillis);
        }
        command.addAll(List.of("org.gongkai.cli.Main", "build", site.toString(), "-o", out.toString()));
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (stderr) {
                        stderr.add(line);
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process was killed: its stream ends.
            } finally {
                lines.add(END);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the child has reached {@code count} write steps; false when it ended first. */
    boolean awaitSteps(int count) throws InterruptedException {
        int seen = 0;
        while (seen < count) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                return false;
            }
            if (line.startsWith(WriteSteps.PREFIX)) {
                seen++;
            }
        }
        return true;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int exitCode() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child build did not end in 120 s");
        }
        return process.exitValue();
    }

    /** Standard error without the step lines. */
    String errors() {
        synchronized (stderr) {
            return String.join("\n", stderr.stream().filter(l -> !l.startsWith(WriteSteps.PREFIX)).toList());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
