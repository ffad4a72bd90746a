package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Runs work items on a pool ahead of their consumer, and hands their results to the consumer in submission order.
 * Each item reserves the memory it may hold until consumed; a submission first consumes the oldest items (waiting
 * for them) while the reservations would exceed the budget, so memory stays bounded however much work there is.
 * Without a pool, each item runs when submitted, on the caller's thread.
 *
 * @param <T> the result of a work item
 */
final class OrderedWorkQueue<T> {
    /** Consumes results, in order, on the submitting thread. */
    interface Consumer<T> {
        void accept(T result) throws IOException;
    }

    private final @CheckForNull ExecutorService pool;
    private final long budgetBytes;
    private final int maxItems;
    private final Consumer<T> consumer;
    private final Deque<Pending<T>> pending = new ArrayDeque<>();
    private long reservedBytes;
    private long peakBytes;

    OrderedWorkQueue(@CheckForNull ExecutorService pool, long budgetBytes, int maxItems, Consumer<T> consumer) {
        this.pool = pool;
        this.budgetBytes = budgetBytes;
        this.maxItems = pool == null ? 1 : maxItems;
        this.consumer = consumer;
    }

    void submit(long bytes, Callable<T> work) throws IOException {
        while (!pending.isEmpty() && (pending.size() >= maxItems || reservedBytes + bytes > budgetBytes)) {
            consumeOldest();
        }
        Future<T> future;
        if (pool == null) {
            FutureTask<T> task = new FutureTask<>(work);
            task.run();
            future = task;
        } else {
            future = pool.submit(work);
        }
        pending.addLast(new Pending<>(future, bytes));
        reservedBytes += bytes;
        peakBytes = Math.max(peakBytes, reservedBytes);
        while (!pending.isEmpty() && pending.peekFirst().future.isDone()) {
            consumeOldest();
        }
    }

    /** Consumes every remaining result. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            consumeOldest();
        }
    }

    /** Stops the work still pending, after a failure. */
    void cancel() {
        pending.forEach(item -> item.future.cancel(true));
        pending.clear();
        reservedBytes = 0;
    }

    /** The most memory reserved at once. */
    long peakBytes() {
        return peakBytes;
    }

    private void consumeOldest() throws IOException {
        Pending<T> oldest = pending.peekFirst();
        consumer.accept(await(oldest.future));
        pending.removeFirst();
        reservedBytes -= oldest.bytes;
    }

    private T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new InterruptedIOException("Interrupted while writing the bundle");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof UncheckedIOException) {
                throw ((UncheckedIOException) cause).getCause();
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IOException(cause);
        }
    }

    private static final class Pending<T> {
        final Future<T> future;
        final long bytes;

        Pending(Future<T> future, long bytes) {
            this.future = future;
            this.bytes = bytes;
        }
    }
}
