package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;

/**
 * Gzips on several threads: the data is cut into blocks of a fixed size, each compressed on its own into a gzip
 * member, and the members are written in order. The blocks do not depend on the thread count or on how the data
 * was written, so neither does the output. Closing finishes the gzip stream without closing the target.
 */
final class ParallelGzipOutputStream extends OutputStream {
    private final int blockBytes;
    private final Deflation deflation;
    private final OrderedWorkQueue<GzipMember> members;
    private byte[] block;
    private int filled;
    private boolean anyMember;
    private boolean finished;

    ParallelGzipOutputStream(
            OutputStream target, Deflation deflation, WriterTuning tuning, @CheckForNull ExecutorService pool) {
        this.blockBytes = tuning.gzipBlockBytes();
        this.deflation = deflation;
        this.members = new OrderedWorkQueue<>(pool, tuning.budgetBytes(), tuning.maxItems(), m -> m.writeTo(target));
        this.block = new byte[blockBytes];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int remaining = length;
        while (remaining > 0) {
            int taken = Math.min(remaining, blockBytes - filled);
            System.arraycopy(bytes, at, block, filled, taken);
            filled += taken;
            at += taken;
            remaining -= taken;
            if (filled == blockBytes) {
                submitBlock();
            }
        }
    }

    private void submitBlock() throws IOException {
        byte[] full = block;
        int length = filled;
        members.submit(GzipMember.reservation(blockBytes), () -> GzipMember.compress(full, length, deflation));
        anyMember = true;
        block = new byte[blockBytes];
        filled = 0;
    }

    /** Compresses what is left and writes every member; an empty stream still gets one (empty) member. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        if (filled > 0 || !anyMember) {
            submitBlock();
        }
        members.finish();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    long peakBytes() {
        return members.peakBytes();
    }
}
