package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes entries as a bundle to a stream, front to back (the stream need not seek, so it can be an upload), and
 * returns the SHA-256 and size of what it wrote. Memory stays bounded whatever the size of the files.
 *
 * <p>The output is reproducible: the same files with the same modes give the same bytes, whatever their
 * timestamps, owners or the number of threads. Entries are sorted by path and all get one timestamp, owner and
 * group.
 *
 * <p>Compression runs on several threads, ahead of and alongside the thread that writes: zip entries are deflated
 * each on its own, and tgz is gzipped in independent blocks.
 */
public final class BundleWriter {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final BundleFormat format;
    private final int threads;
    private final WriterTuning tuning;
    private volatile long peakBufferedBytes;

    /** A writer compressing on as many threads as there are processors. */
    public BundleWriter(BundleFormat format) {
        this(format, Runtime.getRuntime().availableProcessors());
    }

    /** A writer compressing on {@code threads} threads; with 1, it does all the work on the calling thread. */
    public BundleWriter(BundleFormat format, int threads) {
        this(format, threads, WriterTuning.forThreads(threads));
    }

    BundleWriter(BundleFormat format, int threads, WriterTuning tuning) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed, not " + threads);
        }
        this.format = format;
        this.threads = threads;
        this.tuning = tuning;
    }

    public BundleFormat format() {
        return format;
    }

    /**
     * Writes the bundle. {@code out} is flushed, not closed. If the writing fails, what was written is not a
     * bundle: an upload must be aborted.
     */
    public BundleResult write(List<BundleEntry> entries, OutputStream out) throws IOException {
        List<BundleEntry> sorted = PathOrder.sorted(entries);
        HashingOutputStream hashing = new HashingOutputStream(out);
        BufferedOutputStream buffered = new BufferedOutputStream(hashing, FileContent.CHUNK);
        ExecutorService pool = threads > 1 ? newPool(threads) : null;
        try (Deflation deflation = new Deflation()) {
            long peak = write(sorted, buffered, deflation, pool);
            buffered.flush();
            peakBufferedBytes = peak;
            return new BundleResult(hashing.sha256(), hashing.count(), sorted.size());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private long write(
            List<BundleEntry> entries, OutputStream out, Deflation deflation, @CheckForNull ExecutorService pool)
            throws IOException {
        switch (format) {
            case ZIP:
                return new ZipStreamWriter(deflation, tuning, pool).write(entries, out);
            case TGZ:
                ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out, deflation, tuning, pool);
                TarStreamWriter.write(entries, gzip);
                return gzip.peakBytes();
            default:
                TarStreamWriter.write(entries, out);
                return 0;
        }
    }

    /** The most memory that work done ahead of the writing thread reserved at once during the last write. */
    long peakBufferedBytes() {
        return peakBufferedBytes;
    }

    /** What, besides the files and the format, decides the bytes written; part of the content fingerprint. */
    static String shape() {
        return WriterTuning.forThreads(1).shape();
    }

    /** A pool of daemon threads, so that an abandoned bundle never keeps the agent's JVM alive. */
    static ExecutorService newPool(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "canary-deploy-bundle-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }
}
