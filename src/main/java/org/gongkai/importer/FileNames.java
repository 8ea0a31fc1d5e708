package org.gongkai.importer;

import java.util.regex.Pattern;

/**
 * Which codes may become a folder or file name. Why: an imported code is text from someone else's
 * document, and ".." or ".hidden" would be written where the build never looks (it skips hidden
 * names) or outside the content folder; "/", "\" and control characters have no place in a name.
 */
final class FileNames {

    /** What the loader takes as a department folder. */
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Za-z]{1,64}");
    /** Letters, digits, "_", "-" and inner dots; never a leading dot. */
    private static final Pattern PROJECT = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]{0,99}");

    private FileNames() {
    }

    static boolean isDepartmentFolder(String code) {
        return DEPARTMENT.matcher(code).matches();
    }

    static boolean isProjectFile(String code) {
        return PROJECT.matcher(code).matches();
    }

    /** The code as a message shows it: control characters as \\uXXXX, so they cannot act on a terminal. */
    static String shown(String code) {
        StringBuilder b = new StringBuilder();
        code.codePoints().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return b.toString();
    }
}
