package org.gongkai.model;

import java.nio.file.Path;

/**
 * A file attached to a department or project (the original Word or PDF disclosure), kept in the
 * site folder's {@code attachments/} folder and copied into the built site at the same path.
 * {@code path} is as written, relative to the site folder; {@code source} where it was found;
 * {@code title} what the page calls it (its file name when the content gives none).
 */
public record Attachment(String path, String title, long size, Path source, Origin origin) {

    /** The file name with its extension, upper case ("DOCX"), or "" when it has none. */
    public String type() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** The size as a reader takes it in: 812 B, 35.2 KB, 1.2 MB (1 KB = 1024 B). */
    public String readableSize() {
        if (size < 1024) {
            return size + " B";
        }
        String[] units = {"KB", "MB", "GB"};
        double value = size / 1024.0;
        int unit = 0;
        while (value >= 1023.95 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
