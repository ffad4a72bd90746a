package io.jenkins.plugins.canarydeploy.s3;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * At most {@code limit} part buffers, created when first needed. Taking one blocks while all are in use, which is
 * what keeps the writer from running ahead of the uploads. Only the writing thread takes; uploads give back.
 */
final class PartBufferPool {
    private final int partSize;
    private final int limit;
    private final BlockingQueue<PartBuffer> free = new LinkedBlockingQueue<>();
    private int created;

    PartBufferPool(int partSize, int limit) {
        this.partSize = partSize;
        this.limit = limit;
    }

    PartBuffer take() throws InterruptedException {
        PartBuffer buffer = free.poll();
        if (buffer == null && created < limit) {
            created++;
            return new PartBuffer(partSize);
        }
        return buffer != null ? buffer : free.take();
    }

    void giveBack(PartBuffer buffer) {
        buffer.clear();
        free.add(buffer);
    }
}
