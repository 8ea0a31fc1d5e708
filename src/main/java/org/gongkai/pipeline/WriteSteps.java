package org.gongkai.pipeline;

/**
 * Test-only hook: with {@code -Dgongkai.test.writeStepMillis=N}, each step of writing the output
 * announces itself on standard error ({@code gongkai-write-step NAME}) and then pauses N ms, so
 * the kill test can stop a build between any two steps. Unset (the default), it does nothing; it
 * is not an option for users.
 */
final class WriteSteps {

    static final String PROPERTY = "gongkai.test.writeStepMillis";
    static final String PREFIX = "gongkai-write-step ";

    private static final long PAUSE = Long.getLong(PROPERTY, 0);

    private WriteSteps() {
    }

    static void reached(String step) {
        if (PAUSE <= 0) {
            return;
        }
        synchronized (WriteSteps.class) {
            System.err.println(PREFIX + step);
            System.err.flush();
            try {
                Thread.sleep(PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
