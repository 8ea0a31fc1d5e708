package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Wall-clock time of each named stage, in the order they ran. */
public final class StageTimes {

    /** One stage and how long it took. */
    public record Stage(String name, long millis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private final Consumer<String> onStart;

    /** {@code onStart} hears each stage's name as it begins: progress for a long build. */
    public StageTimes(Consumer<String> onStart) {
        this.onStart = onStart;
    }

    public StageTimes() {
        this(name -> { });
    }

    /** Runs {@code work} as the stage {@code name} and records its time. */
    public <T, E extends Exception> T time(String name, Work<T, E> work) throws E {
        onStart.accept(name);
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            stages.add(new Stage(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public long totalMillis() {
        return stages.stream().mapToLong(Stage::millis).sum();
    }

    /** "load 120 ms · validate 3 ms · render 310 ms · write 40 ms" */
    public String summary() {
        return stages.stream().map(s -> s.name() + " " + s.millis() + " ms").collect(Collectors.joining(" · "));
    }

    /** A stage's work; may throw the user-facing exceptions of the build. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
