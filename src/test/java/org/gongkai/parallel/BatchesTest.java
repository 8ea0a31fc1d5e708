package org.gongkai.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batches splits a list into parts of at most BATCH items, which together are the list in order. */
class BatchesTest {

    @Test
    void theListSplitsIntoSmallPartsThatKeepItsOrder() {
        for (int size : List.of(0, 1, 15, 16, 17, 100, 2101)) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<List<Integer>> parts = new ArrayList<>();
            split(Batches.of(items), parts);
            List<Integer> joined = new ArrayList<>();
            for (List<Integer> part : parts) {
                assertTrue(part.size() <= Batches.BATCH, size + ": a part of " + part.size());
                joined.addAll(part);
            }
            assertEquals(items, joined, "size " + size);
            assertEquals(items, Batches.stream(items).map(i -> i).toList(), "the parallel stream keeps the order");
        }
    }

    /** Splits as deep as the spliterator allows, first parts first. */
    private static void split(Spliterator<Integer> s, List<List<Integer>> parts) {
        Spliterator<Integer> first = s.trySplit();
        if (first == null) {
            List<Integer> part = new ArrayList<>();
            s.forEachRemaining(part::add);
            parts.add(part);
            return;
        }
        split(first, parts);
        split(s, parts);
    }
}
