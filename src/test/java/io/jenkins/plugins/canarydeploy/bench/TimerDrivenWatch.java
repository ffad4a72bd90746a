package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CanaryWatch;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drives a {@link CanaryWatch} from a timer the way the steps' executions do with Jenkins' timer: each poll runs on
 * the timer at the real wall clock and schedules the next one after the delay it returns; nothing sleeps. Records
 * when the first check began, how long each poll took, and the moment the watch decided (when a step would mark
 * the build).
 */
final class TimerDrivenWatch {
    private final CanaryWatch watch;
    private final ScheduledExecutorService timer;
    private final CompletableFuture<Long> firstCheckNanos = new CompletableFuture<>();
    private final CompletableFuture<Decided> decided = new CompletableFuture<>();
    private final List<PollTime> polls = new CopyOnWriteArrayList<>();
    private volatile WatchState state;
    private volatile ScheduledFuture<?> nextPoll;

    /** The decision, the {@link System#nanoTime()} at which the deciding poll returned, and the final state. */
    record Decided(CanaryDecision decision, long atNanos, WatchState state) {}

    /** When one poll began and ended, in {@link System#nanoTime()}. */
    record PollTime(long began, long ended) {
        double millis() {
            return (ended - began) / 1e6;
        }
    }

    private TimerDrivenWatch(CanaryWatch watch, ScheduledExecutorService timer) {
        this.watch = watch;
        this.timer = timer;
        this.state = watch.start(Instant.now());
    }

    /** Starts the watch now and schedules its first poll at once, as a step's {@code start()} does. */
    static TimerDrivenWatch start(CanaryWatch watch, ScheduledExecutorService timer) {
        TimerDrivenWatch driven = new TimerDrivenWatch(watch, timer);
        driven.schedule(Duration.ZERO);
        return driven;
    }

    /** Completes with the {@link System#nanoTime()} at which the first poll began. */
    CompletableFuture<Long> firstCheck() {
        return firstCheckNanos;
    }

    CompletableFuture<Decided> decided() {
        return decided;
    }

    /** The polls so far, oldest first. */
    List<PollTime> polls() {
        return List.copyOf(polls);
    }

    /** Cancels the next poll, as a step's {@code stop()} does. */
    void stop() {
        ScheduledFuture<?> pending = nextPoll;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void schedule(Duration delay) {
        nextPoll = timer.schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        long began = System.nanoTime();
        try {
            WatchPoll poll = watch.poll(state, Instant.now());
            long ended = System.nanoTime();
            polls.add(new PollTime(began, ended));
            state = poll.state();
            firstCheckNanos.complete(began);
            if (poll.decided()) {
                decided.complete(new Decided(poll.decision(), ended, poll.state()));
            } else {
                schedule(poll.nextDelay());
            }
        } catch (RuntimeException e) {
            firstCheckNanos.completeExceptionally(e);
            decided.completeExceptionally(e);
        }
    }
}
