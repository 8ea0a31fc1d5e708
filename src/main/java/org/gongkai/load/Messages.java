package org.gongkai.load;

/** Small helpers for the wording of loader messages. */
final class Messages {

    private Messages() {
    }

    /** Shortens a quoted value so one long cell does not flood a message. */
    static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
