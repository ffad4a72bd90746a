package io.jenkins.plugins.canarydeploy.s3;

import java.time.Duration;

/**
 * How a bundle is sent: part size, parts uploaded at the same time, and how often one part is tried when the
 * connection drops (on top of the SDK's own retries). The heap used is at most {@link #maxBufferedBytes()}.
 *
 * @param partSize      bytes per part; a bundle that fits in one part is sent with a single PutObject
 * @param parallelParts parts uploaded at once while the next one is filled
 * @param partAttempts  tries per part (and per single PutObject) for dropped connections and damaged parts
 * @param retryBackoff  wait before the second try, doubled for each further one
 */
public record UploadSettings(int partSize, int parallelParts, int partAttempts, Duration retryBackoff) {
    public static final int MIB = 1024 * 1024;
    /** S3 refuses smaller parts, except the last one. */
    public static final int MIN_PART_SIZE = 5 * MIB;

    public static final int MAX_PART_SIZE = 512 * MIB;
    public static final int DEFAULT_PART_SIZE = 16 * MIB;
    public static final int DEFAULT_PARALLEL_PARTS = 4;
    public static final int MAX_PARALLEL_PARTS = 32;

    public UploadSettings {
        if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
            throw new IllegalArgumentException("The part size is " + partSize + " bytes: use 5 MiB to 512 MiB,"
                    + " S3 refuses parts under 5 MiB.");
        }
        if (parallelParts < 1 || parallelParts > MAX_PARALLEL_PARTS) {
            throw new IllegalArgumentException(
                    "Parallel parts is " + parallelParts + ": use 1 to " + MAX_PARALLEL_PARTS + ".");
        }
        if (partAttempts < 1) {
            throw new IllegalArgumentException("Part attempts is " + partAttempts + ": use 1 or more.");
        }
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("The retry backoff must not be negative.");
        }
    }

    /** 16 MiB parts, 4 in parallel, 3 tries per part starting 200 ms apart. */
    public static UploadSettings defaults() {
        return new UploadSettings(DEFAULT_PART_SIZE, DEFAULT_PARALLEL_PARTS, 3, Duration.ofMillis(200));
    }

    public UploadSettings withPartSize(int bytes) {
        return new UploadSettings(bytes, parallelParts, partAttempts, retryBackoff);
    }

    public UploadSettings withParallelParts(int parts) {
        return new UploadSettings(partSize, parts, partAttempts, retryBackoff);
    }

    public UploadSettings withRetries(int attempts, Duration backoff) {
        return new UploadSettings(partSize, parallelParts, attempts, backoff);
    }

    /** Part buffers held at most: one per part in flight plus the one being filled. */
    public long maxBufferedBytes() {
        return (long) (parallelParts + 1) * partSize;
    }
}
