package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * All a canary watch remembers between polls. A plain serializable class (not a record, so that a Pipeline keeps it
 * across a restart) and immutable: every change makes a copy.
 */
public final class WatchState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The timeline keeps the latest checks only, so that a long watch does not grow the saved state without end. */
    static final int TIMELINE_LIMIT = 200;

    private final Instant startedAt;
    private final Instant checksFrom;
    private Instant windowEnd;
    private Duration withoutData = Duration.ZERO;
    private int consecutiveFailures;
    private int consecutiveErrors;
    private int readableChecks;

    @CheckForNull
    private Instant lastCheckAt;

    private ArrayList<CheckRecord> timeline = new ArrayList<>();

    private WatchState(Instant startedAt, Instant checksFrom, Instant windowEnd) {
        this.startedAt = startedAt;
        this.checksFrom = checksFrom;
        this.windowEnd = windowEnd;
    }

    /** A watch starting now: checks begin after the initial delay and the bake window follows it. */
    public static WatchState started(Instant now, WatchSettings settings) {
        Instant checksFrom = now.plus(settings.initialDelay());
        return new WatchState(now, checksFrom, checksFrom.plus(settings.bakeWindow()));
    }

    private WatchState copy() {
        WatchState copy = new WatchState(startedAt, checksFrom, windowEnd);
        copy.withoutData = withoutData;
        copy.consecutiveFailures = consecutiveFailures;
        copy.consecutiveErrors = consecutiveErrors;
        copy.readableChecks = readableChecks;
        copy.lastCheckAt = lastCheckAt;
        copy.timeline = timeline;
        return copy;
    }

    /** The state after a check at {@code at}; the counters are updated by the caller on the copy. */
    WatchState checked(Instant at, CheckOutcome outcome, String description) {
        WatchState next = copy();
        ArrayList<CheckRecord> records = new ArrayList<>(timeline);
        records.add(new CheckRecord(at, outcome, description));
        if (records.size() > TIMELINE_LIMIT) {
            records.subList(0, records.size() - TIMELINE_LIMIT).clear();
        }
        next.timeline = records;
        next.lastCheckAt = at;
        switch (outcome) {
            case FIRING -> {
                next.consecutiveFailures = consecutiveFailures + 1;
                next.consecutiveErrors = 0;
                next.readableChecks = readableChecks + 1;
            }
            case ERROR -> next.consecutiveErrors = consecutiveErrors + 1;
            default -> {
                next.consecutiveFailures = 0;
                next.consecutiveErrors = 0;
                next.readableChecks = readableChecks + 1;
            }
        }
        return next;
    }

    /** Moves the window end later by {@code pause}, counting it as time without data. */
    WatchState paused(Duration pause) {
        WatchState next = copy();
        next.windowEnd = windowEnd.plus(pause);
        next.withoutData = withoutData.plus(pause);
        return next;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the first check is due (the start plus the initial delay). */
    public Instant checksFrom() {
        return checksFrom;
    }

    /** When the bake window ends; later than planned when the PAUSE policy held it. */
    public Instant windowEnd() {
        return windowEnd;
    }

    /** Time the window stood still for lack of data (PAUSE policy). */
    public Duration withoutData() {
        return withoutData;
    }

    /** Checks in a row in which an alert fired. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Checks in a row in which a source could not be read. */
    public int consecutiveErrors() {
        return consecutiveErrors;
    }

    /** Checks in which every source answered. */
    public int readableChecks() {
        return readableChecks;
    }

    @CheckForNull
    public Instant lastCheckAt() {
        return lastCheckAt;
    }

    /** The latest checks, oldest first (at most {@value #TIMELINE_LIMIT}). */
    public List<CheckRecord> timeline() {
        return List.copyOf(timeline);
    }
}
