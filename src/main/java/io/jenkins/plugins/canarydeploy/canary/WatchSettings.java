package io.jenkins.plugins.canarydeploy.canary;

import java.io.Serializable;
import java.time.Duration;

/**
 * How a canary watch runs: checks begin {@code initialDelay} after the start and go on every {@code pollInterval}
 * for {@code bakeWindow}; an alert must fire in {@code failedChecks} consecutive checks to fail the canary;
 * {@code maxConsecutiveErrors} unreadable checks in a row end the watch with no data.
 */
public record WatchSettings(
        Duration bakeWindow,
        Duration pollInterval,
        Duration initialDelay,
        int failedChecks,
        NoDataPolicy noDataPolicy,
        int maxConsecutiveErrors)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public WatchSettings {
        if (bakeWindow.isNegative() || bakeWindow.isZero()) {
            throw new IllegalArgumentException("The bake window must be longer than zero, got " + bakeWindow);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("The poll interval must be longer than zero, got " + pollInterval);
        }
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("The initial delay must not be negative, got " + initialDelay);
        }
        if (failedChecks < 1 || maxConsecutiveErrors < 1) {
            throw new IllegalArgumentException("Failed checks and consecutive errors must be at least 1");
        }
    }

    /** Fails on the first firing check, polls every 30 s, passes without data, allows 5 unreadable checks. */
    public static WatchSettings bakeFor(Duration bakeWindow) {
        return new WatchSettings(bakeWindow, Duration.ofSeconds(30), Duration.ZERO, 1, NoDataPolicy.PASS, 5);
    }

    public WatchSettings pollingEvery(Duration interval) {
        return new WatchSettings(bakeWindow, interval, initialDelay, failedChecks, noDataPolicy, maxConsecutiveErrors);
    }

    public WatchSettings startingAfter(Duration delay) {
        return new WatchSettings(bakeWindow, pollInterval, delay, failedChecks, noDataPolicy, maxConsecutiveErrors);
    }

    public WatchSettings failingAfter(int checks) {
        return new WatchSettings(bakeWindow, pollInterval, initialDelay, checks, noDataPolicy, maxConsecutiveErrors);
    }

    public WatchSettings withNoData(NoDataPolicy policy) {
        return new WatchSettings(bakeWindow, pollInterval, initialDelay, failedChecks, policy, maxConsecutiveErrors);
    }

    public WatchSettings allowingErrors(int errors) {
        return new WatchSettings(bakeWindow, pollInterval, initialDelay, failedChecks, noDataPolicy, errors);
    }
}
