package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Wall-clock time of each stage, in the order they ran. */
public final class StageTimes {

    /** One stage and how long it took. */
    public record Timed(Stage stage, long millis) {
    }

    private final List<Timed> timed = new ArrayList<>();
    private final Consumer<Stage> onStart;

    /** {@code onStart} hears each stage as it begins: progress for a long build. */
    public StageTimes(Consumer<Stage> onStart) {
        this.onStart = onStart;
    }

    public StageTimes() {
        this(stage -> { });
    }

    /** Runs {@code work} as {@code stage} and records its time. */
    public <T, E extends Exception> T time(Stage stage, Work<T, E> work) throws E {
        onStart.accept(stage);
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            timed.add(new Timed(stage, (System.nanoTime() - start) / 1_000_000));
        }
    }

    public List<Timed> timed() {
        return List.copyOf(timed);
    }

    /** The stages that ran, in order. */
    public List<Stage> stages() {
        return timed.stream().map(Timed::stage).toList();
    }

    public long totalMillis() {
        return timed.stream().mapToLong(Timed::millis).sum();
    }

    /** "load 120 ms · validate 3 ms · render 310 ms · write 40 ms" */
    public String summary() {
        return timed.stream().map(t -> t.stage().id() + " " + t.millis() + " ms").collect(Collectors.joining(" · "));
    }

    /** A stage's work; may throw the user-facing exceptions of the build. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
