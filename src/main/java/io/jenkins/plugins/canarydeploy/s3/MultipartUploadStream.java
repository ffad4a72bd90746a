package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Fills part buffers with what is written and uploads each full part in parallel while the next one fills. The
 * multipart upload starts only when a second part is needed; content that fits in one part is sent by
 * {@link #finish()} as a single PutObject. At most {@code parallelParts} parts are in flight while one more is
 * filled: writing blocks until an upload gives its buffer back.
 *
 * <p>{@link #close()} only ends writing. {@link #finish()} stores the object, {@link #abort()} removes every
 * stored part. Not thread-safe: one thread writes, finishes or aborts.
 */
final class MultipartUploadStream extends OutputStream {
    static final int MAX_PARTS = 10_000;
    private static final long WORKER_STOP_WAIT_SECONDS = 60;

    private final S3Client s3;
    private final UploadTarget target;
    private final UploadSettings settings;
    private final PartBufferPool buffers;
    private final List<Future<UploadedPart>> parts = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final byte[] oneByte = new byte[1];
    private PartBuffer current;
    private long size;
    private boolean closed;

    @CheckForNull
    private MultipartSession session;

    @CheckForNull
    private PartUploader partUploader;

    @CheckForNull
    private ExecutorService workers;

    MultipartUploadStream(S3Client s3, UploadTarget target, UploadSettings settings) {
        this.s3 = s3;
        this.target = target;
        this.settings = settings;
        // the first buffer plus one per part in flight
        this.current = new PartBuffer(settings.partSize());
        this.buffers = new PartBufferPool(settings.partSize(), settings.parallelParts());
    }

    @Override
    public void write(int b) throws IOException {
        oneByte[0] = (byte) b;
        write(oneByte, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (closed) {
            throw new IOException("The bundle was already written: the S3 upload stream is closed");
        }
        int position = offset;
        int remaining = length;
        while (remaining > 0) {
            if (current.isFull()) {
                sendCurrentPart();
            }
            int taken = current.append(bytes, position, remaining);
            position += taken;
            remaining -= taken;
            size += taken;
        }
    }

    /** Ends writing; the upload stays open until {@link #finish()} or {@link #abort()}. */
    @Override
    public void close() {
        closed = true;
    }

    long size() {
        return size;
    }

    /** The first failure of a part upload, the real cause when writing fails. */
    @CheckForNull
    Throwable failure() {
        return failure.get();
    }

    /** Sends what is left and completes the object; the caller verifies it. */
    StoredContent finish() throws IOException, InterruptedException {
        closed = true;
        throwIfFailed();
        MultipartSession started = session;
        if (started == null) {
            return SinglePut.put(s3, target, settings, current);
        }
        submit(current);
        List<UploadedPart> uploaded = new ArrayList<>(parts.size());
        for (Future<UploadedPart> part : parts) {
            try {
                uploaded.add(part.get());
            } catch (ExecutionException e) {
                throwIfFailed();
                throw new IOException("A part upload failed", e.getCause());
            }
        }
        return started.complete(uploaded, size);
    }

    /**
     * Stops the part uploads, then aborts the multipart upload so that S3 keeps no part. Returns what was cleaned
     * up, for the failure message. Call it with the thread's interrupt flag cleared: the SDK refuses to work
     * otherwise.
     */
    String abort() throws InterruptedException {
        closed = true;
        if (workers != null) {
            workers.shutdownNow();
            workers.awaitTermination(WORKER_STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        return session == null ? "Nothing was stored." : session.abort();
    }

    /** Releases the upload threads after a finished upload. */
    void shutdown() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void sendCurrentPart() throws IOException {
        throwIfFailed();
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("Interrupted while streaming the bundle to S3");
        }
        if (parts.size() + 1 >= MAX_PARTS) {
            throw new IOException("The bundle needs more than " + MAX_PARTS + " parts of " + settings.partSize()
                    + " bytes, the most S3 allows: raise the part size.");
        }
        if (session == null) {
            startMultipartUpload();
        }
        submit(current);
        try {
            current = buffers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for a part upload to S3");
        }
        throwIfFailed();
    }

    private void startMultipartUpload() throws IOException {
        try {
            session = MultipartSession.start(s3, target);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            throw new IOException("Starting the multipart upload failed: " + e.getMessage(), e);
        }
        partUploader = new PartUploader(s3, target, session.uploadId(), settings);
        workers = PartUploader.workers(settings.parallelParts());
    }

    private void submit(PartBuffer buffer) {
        int partNumber = parts.size() + 1;
        PartUploader uploader = Objects.requireNonNull(partUploader);
        parts.add(Objects.requireNonNull(workers).submit(() -> upload(uploader, partNumber, buffer)));
    }

    private UploadedPart upload(PartUploader uploader, int partNumber, PartBuffer buffer) throws Exception {
        try {
            if (failure.get() != null) {
                throw new IOException("Part " + partNumber + " was not sent: another part failed");
            }
            return uploader.upload(partNumber, buffer);
        } catch (Exception e) {
            failure.compareAndSet(null, e);
            throw e;
        } finally {
            buffers.giveBack(buffer);
        }
    }

    private void throwIfFailed() throws IOException {
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IOException("Uploading the bundle to S3 failed: " + cause.getMessage(), cause);
        }
    }
}
