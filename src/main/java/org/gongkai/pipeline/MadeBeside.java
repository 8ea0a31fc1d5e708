package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gongkai.site.Page;

/**
 * The render stage's long files ({@link Page#madeBeside}: a year's or the site's bulk tables, and
 * copies of them), made one after the other on a thread of their own while the pages render. In
 * their page type's turn, each was a single task that one core worked at alone at the end of the
 * type, the other idle: at 10,000 projects, over a second. One thread in order keeps a copy after
 * the file it copies. The stage waits for them ({@link #finish}), so they belong to it.
 */
final class MadeBeside implements AutoCloseable {

    private final Consumer<Page> made;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "gongkai-large-files");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> files = new ArrayList<>();

    /** {@code made} takes each file when it is made, as the other files are taken. */
    MadeBeside(Consumer<Page> made) {
        this.made = made;
    }

    /** Starts making {@code page} once the files given before it are made. */
    synchronized void add(Page page) {
        files.add(thread.submit(() -> made.accept(page)));
    }

    /** Waits until every file given is made; throws what making one threw. */
    void finish() throws InterruptedException {
        thread.shutdown();
        for (Future<?> file : files) {
            try {
                file.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Stops a failed stage's files and waits for the one being made, so none is written after the build. */
    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(1, TimeUnit.DAYS);
    }
}
