package org.gongkai.importer;

/** Something the importer could not place, with where it is in which source file. */
public record Finding(String source, String where, String message) {

    /** As printed: {@code seed.txt 第 532 行：message}. */
    @Override
    public String toString() {
        return source + " " + where + "：" + message;
    }
}
