package org.gongkai.parallel;

import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list as a parallel stream that hands its items out in small batches. A list's own parallel
 * stream splits it into four parts per core and no further, so the last part, written by one
 * thread from start to end, ran on alone: loading 21,000 files, one core worked half a second
 * while the other waited. Split down to batches of at most {@value #BATCH}, the work runs out on
 * both cores at about the same time.
 */
public final class Batches<T> implements Spliterator<T> {

    /** At most how many items a thread takes at a time. */
    static final int BATCH = 16;

    private final List<T> items;
    private int from;
    private final int to;
    /** The whole list, whose estimate sets how finely the stream splits it (see estimateSize). */
    private final boolean root;

    private Batches(List<T> items, int from, int to, boolean root) {
        this.items = items;
        this.from = from;
        this.to = to;
        this.root = root;
    }

    /** {@code items} (a random-access list) as a parallel stream of small batches, in order. */
    public static <T> Stream<T> stream(List<T> items) {
        return StreamSupport.stream(of(items), true);
    }

    static <T> Spliterator<T> of(List<T> items) {
        return new Batches<>(items, 0, items.size(), true);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (from >= to) {
            return false;
        }
        action.accept(items.get(from++));
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        while (from < to) {
            action.accept(items.get(from++));
        }
    }

    @Override
    public Spliterator<T> trySplit() {
        int middle = (from + to) >>> 1;
        if (to - from <= BATCH || middle <= from) {
            return null;
        }
        Spliterator<T> first = new Batches<>(items, from, middle, false);
        from = middle;
        return first;
    }

    @Override
    public long estimateSize() {
        // Not SIZED, so an estimate. The stream splits until a part's estimate is at most the
        // root's divided by four per core, or the part will not split: the root says BATCH.
        return root ? Math.min(to - from, BATCH) : to - from;
    }

    @Override
    public int characteristics() {
        return ORDERED | IMMUTABLE | NONNULL;
    }
}
