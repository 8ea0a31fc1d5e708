package org.gongkai.importer;

import java.nio.file.Path;

/** {@link HostileFiles} for tests in other packages: the two files of the memory-limit test. */
public final class HostileFilesAccess {

    private HostileFilesAccess() {
    }

    /**
     * Sixteen parts that pack about 60:1, under POI's own ratio bound: 640 MiB unpacked, about
     * 11 MB on disk. Before the bounds, POI held them all and ran out of a 512 MB heap.
     */
    public static Path zipBomb(Path target) {
        return HostileFiles.lowRatioBomb(16, 640, target);
    }

    /** A sheet of 1,000,000 rows. */
    public static Path bigWorkbook(Path target) {
        return HostileFiles.bigWorkbook(1_000_000, target);
    }
}
