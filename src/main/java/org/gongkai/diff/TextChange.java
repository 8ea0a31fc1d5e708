package org.gongkai.diff;

import java.util.List;

/** A text field whose wording changed, with the character-level difference. */
public record TextChange(String field, String label, String before, String after, List<TextDiff.Segment> segments) {

    /** The change of one field, or null when the text is the same. */
    static TextChange of(String field, String label, String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (a.equals(b)) {
            return null;
        }
        return new TextChange(field, label, before, after, TextDiff.diff(a, b));
    }
}
