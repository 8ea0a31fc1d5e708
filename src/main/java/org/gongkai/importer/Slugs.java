package org.gongkai.importer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folder and file names for departments and projects without a printed code: format.md's slug —
 * Unicode letters and digits, {@code - _ .}, 1–80 characters, not starting with {@code .} or
 * {@code -}. A name becomes a slug with everything else replaced by {@code -}, runs collapsed,
 * trimmed to 40 characters.
 */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,79}$");

    private Slugs() {
    }

    static boolean valid(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /** The slug of a name, or null when nothing of it is left (a name of punctuation only). */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            boolean ok = Character.isLetterOrDigit(cp) || cp == '_' || cp == '.' || cp == '-';
            if (ok) {
                b.appendCodePoint(cp);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        });
        String s = b.toString().replaceAll("-{2,}", "-").replaceAll("^[.-]+", "");
        if (s.codePointCount(0, s.length()) > 40) {
            s = s.substring(0, s.offsetByCodePoints(0, 40));
        }
        s = s.replaceAll("[-.]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** {@code slug}, or {@code slug-2}, {@code slug-3}… the first not in {@code taken}. */
    static String unique(String slug, Set<String> taken) {
        String s = slug;
        for (int i = 2; taken.contains(s); i++) {
            s = slug + "-" + i;
        }
        taken.add(s);
        return s;
    }
}
