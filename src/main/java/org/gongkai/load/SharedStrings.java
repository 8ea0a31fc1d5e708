package org.gongkai.load;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each short text the files of a load share. A map of our own rather than
 * {@link String#intern}: the JVM's string table costs a native call per text and was a tenth of
 * the load stage. The map is emptied when a load ends ({@link #forget}), so it holds only what one
 * load reads; the site keeps the copies it uses. Sharing is only a saving of memory: two loads at
 * once, or a text read after {@link #forget}, at worst keep two equal copies.
 */
final class SharedStrings {

    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedStrings() {
    }

    static String of(String text) {
        String shared = TEXTS.get(text); // most are known: a get takes no lock, a put may
        if (shared == null) {
            shared = TEXTS.putIfAbsent(text, text);
        }
        return shared == null ? text : shared;
    }

    static void forget() {
        TEXTS.clear();
    }
}
