package org.gongkai.cache;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache kept in memory ({@code build --watch}) is taken instead of its file only while the file
 * is the very one written: a file written again, even with the same bytes, is read; a file changed
 * in place, even with its size and time put back, is read and refused.
 */
class KeptCacheTest {

    @Test
    void aCacheKeptInMemoryIsTakenOnlyWhileItsFileIsTheOneWritten(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("site"), Sites.MINIMAL);
        Path out = dir.resolve("out");
        Build.Result built = new Build(site, out).cache(true).keepCacheInMemory(true).run();
        BuildCache.Key key = BuildCache.Key.of(site, out, false);
        BuildCache.Stored kept = BuildCache.open(site, key);
        assertNotNull(kept.index(), "taken from memory, with what the index left");
        assertSame(built.site().years().get(0).departments().get(0),
                kept.contents(kept.inputs()).loaded().years().get(0).departments().get(0), "the very model, not decoded");
        assertNull(BuildCache.open(site, BuildCache.Key.of(site, dir.resolve("other"), false)),
                "not for another output");

        // The same bytes written again: another file, so it is read (and trusted: it is whole).
        Path file = site.resolve(".gongkai/cache");
        byte[] bytes = Files.readAllBytes(file);
        Path copy = file.resolveSibling("copy");
        Files.write(copy, bytes);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BuildCache.Stored read = BuildCache.open(site, key);
        assertNull(read.index(), "read from the file, which holds no index");
        assertNotNull(read.contents(read.inputs()));

        // Kept again, then a byte changed in place with the size and time put back: refused.
        new Build(site, out).cache(true).keepCacheInMemory(true).run();
        assertNotNull(BuildCache.open(site, key).index());
        bytes = Files.readAllBytes(file);
        FileTime time = Files.getLastModifiedTime(file);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (bytes[bytes.length / 2] ^ 1)}), bytes.length / 2);
        }
        Files.setLastModifiedTime(file, time);
        assertNull(BuildCache.open(site, key), "the checksum no longer holds");
    }

    /**
     * The launcher's 512 MB heap has room beside a build for the decoded cache of 10,000 projects
     * (26 MB of inputs), not for that of 50,000 (130 MB), whose rebuild ran out of memory with
     * the postings kept.
     */
    @Test
    void aDecodedCacheFitsTheHeapOfTenThousandProjectsNotFiftyThousand() {
        long mb = 1 << 20;
        org.junit.jupiter.api.Assertions.assertTrue(BuildCache.fits(26 * mb, 512 * mb));
        org.junit.jupiter.api.Assertions.assertFalse(BuildCache.fits(130 * mb, 512 * mb));
        org.junit.jupiter.api.Assertions.assertTrue(BuildCache.fits(130 * mb, 2048 * mb));
    }
}
