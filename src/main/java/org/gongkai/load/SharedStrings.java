package org.gongkai.load;

import org.gongkai.parallel.Copies;

/**
 * One copy of each short text the files of a load share. Copies of our own rather than
 * {@link String#intern}: the JVM's string table costs a native call per text and was a tenth of
 * the load stage. They are forgotten when a load ends ({@link #forget}), so they hold only what one
 * load reads; the site keeps the copies it uses. Sharing is only a saving of memory: two loads at
 * once, or a text read after {@link #forget}, at worst keep two equal copies.
 */
final class SharedStrings {

    /** Sized for a site of thousands of projects: tens of thousands of short texts. */
    private static final Copies<String> TEXTS = new Copies<>(1 << 16);

    private SharedStrings() {
    }

    static String of(String text) {
        return TEXTS.of(text);
    }

    static void forget() {
        TEXTS.clear();
    }
}
