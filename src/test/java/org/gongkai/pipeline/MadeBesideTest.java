package org.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.site.Page;
import org.junit.jupiter.api.Test;

/** The render stage's long files: made in the order given, waited for, and their failures thrown. */
class MadeBesideTest {

    @Test
    void filesAreMadeInOrderOnAThreadOfTheirOwn() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (MadeBeside beside = new MadeBeside(page -> {
            order.add(page.path());
            threads.add(Thread.currentThread().getName());
        })) {
            for (int i = 0; i < 50; i++) {
                beside.add(Page.large("data/" + i + ".csv", out -> { }));
            }
            beside.add(Page.copy("data/copy.csv", "data/0.csv", out -> { }));
            beside.finish();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("data/" + i + ".csv");
        }
        expected.add("data/copy.csv");
        assertEquals(expected, order, "a copy after the file it copies");
        assertEquals(List.of("gongkai-large-files"), threads.stream().distinct().toList());
    }

    @Test
    void aFailureIsThrownByFinish() throws Exception {
        UncheckedIOException full = new UncheckedIOException(new java.io.IOException("磁盘已满"));
        try (MadeBeside beside = new MadeBeside(page -> {
            if (page.path().equals("b")) {
                throw full;
            }
        })) {
            beside.add(Page.large("a", out -> { }));
            beside.add(Page.large("b", out -> { }));
            assertSame(full, assertThrows(UncheckedIOException.class, beside::finish));
        }
    }

    @Test
    void closingAFailedStageWaitsForTheFileBeingMade() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean laterMade = new AtomicBoolean();
        MadeBeside beside = new MadeBeside(page -> {
            if (page.path().equals("later")) {
                laterMade.set(true);
                return;
            }
            started.countDown();
            long end = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // busy, as a file being written is: an interrupt does not stop it
            }
            done.set(true);
        });
        beside.add(Page.large("slow", out -> { }));
        beside.add(Page.large("later", out -> { }));
        started.await();
        beside.close();
        assertTrue(done.get(), "close returned before the file being made was done");
        assertFalse(laterMade.get(), "a file not yet begun is not made after a failure");
    }

    @Test
    void onlyLargeFilesAndCopiesAreMadeBeside() {
        assertTrue(Page.large("data/projects.csv", out -> { }).madeBeside());
        assertTrue(Page.copy("data/projects.csv", "data/2024/projects.csv", out -> { }).madeBeside());
        assertFalse(Page.streamed("2024/1/projects.csv", out -> { }).madeBeside());
        assertFalse(new Page("index.html", new byte[0]).madeBeside());
    }
}
