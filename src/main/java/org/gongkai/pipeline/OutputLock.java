package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per output folder: an OS file lock on {@code .OUT.lock} beside the output, held while
 * a build writes and swaps. A second build waits for it a bounded time, then gives up without
 * having touched anything. The lock file itself stays (deleting it would let two builds lock two
 * different files of the same name).
 */
final class OutputLock implements AutoCloseable {

    /**
     * Lock files held by this JVM. On Linux, closing any channel on a file drops every lock the
     * process holds on it, so a second build in the same JVM must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileOf(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /** Takes the lock of {@code out}, waiting at most {@code wait} for another build to finish. */
    static OutputLock acquire(Path out, Duration wait) throws IOException, BuildException {
        Path file = fileOf(out);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            OutputLock taken = tryAcquire(file);
            if (taken != null) {
                return taken;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new BuildException("另一个 gongkai 构建正在写入输出文件夹 " + out + "（锁文件 " + file + "），等了 "
                        + wait.toSeconds() + " 秒仍未结束；本次构建没有写入任何文件，请等那个构建结束后重试");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildException("等待输出文件夹 " + out + " 的锁时被中断；本次构建没有写入任何文件");
            }
        }
    }

    private static OutputLock tryAcquire(Path file) throws IOException {
        if (!HELD.add(file)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(file, channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // Held through another channel of this JVM: treated as busy, like another process.
        } catch (IOException | RuntimeException e) {
            release(file, channel);
            throw e;
        }
        release(file, channel);
        return null;
    }

    private static void release(Path file, FileChannel channel) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            HELD.remove(file);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            release(file, channel);
        }
    }
}
