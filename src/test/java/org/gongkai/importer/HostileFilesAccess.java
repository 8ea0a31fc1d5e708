package org.gongkai.importer;

import java.nio.file.Path;

/** {@link HostileFiles} for tests in other packages: the two files of the memory-limit test. */
public final class HostileFilesAccess {

    private HostileFilesAccess() {
    }

    /** Eight parts of 256 MiB of zeros: 2 GiB unpacked, about 2 MB on disk. */
    public static Path zipBomb(Path target) {
        return HostileFiles.zipBomb(8, 256, target);
    }

    /** A sheet of 1,000,000 rows. */
    public static Path bigWorkbook(Path target) {
        return HostileFiles.bigWorkbook(1_000_000, target);
    }
}
