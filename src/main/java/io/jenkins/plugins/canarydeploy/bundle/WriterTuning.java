package io.jenkins.plugins.canarydeploy.bundle;

/**
 * How the bundle writer splits and buffers its work. {@code largeFileBytes} and {@code gzipBlockBytes} shape the
 * bytes written (zip entries above the first are streamed with a data descriptor; tgz is made of gzip members of
 * the second size), so they are fixed for reproducible bundles. The budget and item limit only bound memory.
 *
 * @param largeFileBytes files above this size are not buffered, but streamed by the writing thread
 * @param gzipBlockBytes the uncompressed size of each gzip member of a tgz bundle
 * @param budgetBytes the most memory reserved at once by work done ahead of the writing thread
 * @param maxItems the most work items done ahead at once
 */
record WriterTuning(int largeFileBytes, int gzipBlockBytes, long budgetBytes, int maxItems) {
    static final int LARGE_FILE_BYTES = 4 << 20;
    static final int GZIP_BLOCK_BYTES = 1 << 20;
    private static final long MIB = 1 << 20;

    WriterTuning {
        long needed = Math.max(2L * largeFileBytes, gzipBlockBytes + Deflation.bound(gzipBlockBytes));
        if (budgetBytes < needed || maxItems < 1) {
            throw new IllegalArgumentException("The budget must hold the largest work item: " + needed + " bytes");
        }
    }

    /** The standard tuning for a number of compressing threads: 16 MiB per thread, within 64..256 MiB. */
    static WriterTuning forThreads(int threads) {
        long budget = Math.min(256 * MIB, Math.max(64 * MIB, threads * 16L * MIB));
        return new WriterTuning(LARGE_FILE_BYTES, GZIP_BLOCK_BYTES, budget, Math.max(64, threads * 16));
    }

    /** Names the settings that shape the bytes, for the content fingerprint. */
    String shape() {
        return "large=" + largeFileBytes + ",block=" + gzipBlockBytes + ",level=" + Deflation.LEVEL;
    }
}
