package io.jenkins.plugins.canarydeploy.canary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Watches alert sources through a bake window, one poll at a time: driven from outside (a timer, a test), never a
 * sleeping loop. Each {@link #poll} checks every source once, logs what it saw and says when to poll next, until
 * it decides: FAIL once an alert fired in enough consecutive checks, PASS when the window ends clean, NO_DATA as
 * the {@link NoDataPolicy} says.
 */
public final class CanaryWatch {
    private final SourceChecks sources;
    private final WatchSettings settings;

    public CanaryWatch(List<AlertSource> sources, WatchSettings settings) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A canary watch needs at least one alert source");
        }
        this.sources = new SourceChecks(sources);
        this.settings = settings;
    }

    /** The state of a watch that starts now. */
    public WatchState start(Instant now) {
        return WatchState.started(now, settings);
    }

    public WatchPoll poll(WatchState state, Instant now) {
        if (now.isBefore(state.checksFrom())) {
            return new WatchPoll(
                    state,
                    List.of("Canary checks begin at " + state.checksFrom()),
                    Duration.between(now, state.checksFrom()),
                    null);
        }
        CheckResult result = sources.checkAll(now, state.windowEnd());
        WatchState next = state.checked(now, result.outcome(), describe(result));
        List<String> log = new ArrayList<>();
        switch (result.outcome()) {
            case FIRING -> {
                log.add("Alert firing (check " + next.consecutiveFailures() + " of " + settings.failedChecks() + "): "
                        + describe(result));
                if (next.consecutiveFailures() >= settings.failedChecks()) {
                    return decided(next, log, CanaryVerdict.FAIL, result.alerts(), "alert fired: " + describe(result));
                }
            }
            case ERROR -> {
                log.add("Could not check (" + next.consecutiveErrors() + " of " + settings.maxConsecutiveErrors()
                        + " in a row): " + result.detail());
                if (next.consecutiveErrors() >= settings.maxConsecutiveErrors()) {
                    return decided(
                            next, log, CanaryVerdict.NO_DATA, List.of(), "sources unreadable: " + result.detail());
                }
            }
            case NO_DATA -> {
                log.add("No data (" + policyText() + "): " + result.detail());
                if (settings.noDataPolicy() == NoDataPolicy.FAIL) {
                    return decided(next, log, CanaryVerdict.NO_DATA, List.of(), "no data: " + result.detail());
                }
                if (settings.noDataPolicy() == NoDataPolicy.PAUSE) {
                    Instant since = state.lastCheckAt() == null ? state.checksFrom() : state.lastCheckAt();
                    next = next.paused(Duration.between(since, now));
                    if (next.withoutData().compareTo(settings.bakeWindow()) >= 0) {
                        return decided(next, log, CanaryVerdict.NO_DATA, List.of(), "no data for a whole bake window");
                    }
                }
            }
            default -> log.add("No alert firing (" + remaining(next, now) + " of the bake window left)");
        }
        if (!now.isBefore(next.windowEnd())) {
            if (next.readableChecks() == 0) {
                return decided(next, log, CanaryVerdict.NO_DATA, List.of(), "no check could read its sources");
            }
            return decided(
                    next,
                    log,
                    CanaryVerdict.PASS,
                    List.of(),
                    "no alert fired in " + settings.failedChecks() + " consecutive checks from " + next.checksFrom()
                            + " to " + next.windowEnd());
        }
        Duration remaining = Duration.between(now, next.windowEnd());
        Duration delay = remaining.compareTo(settings.pollInterval()) < 0 ? remaining : settings.pollInterval();
        return new WatchPoll(next, log, delay, null);
    }

    private static WatchPoll decided(
            WatchState state, List<String> log, CanaryVerdict verdict, List<FiringAlert> alerts, String summary) {
        CanaryDecision decision = new CanaryDecision(verdict, alerts, summary);
        log.add("Canary verdict " + decision);
        return new WatchPoll(state, log, Duration.ZERO, decision);
    }

    private String policyText() {
        return switch (settings.noDataPolicy()) {
            case PASS -> "counted as clean";
            case FAIL -> "fails the canary";
            case PAUSE -> "the bake window waits";
        };
    }

    private static String remaining(WatchState state, Instant now) {
        Duration left = Duration.between(now, state.windowEnd());
        return DurationText.describe(left.isNegative() ? Duration.ZERO : left);
    }

    private static String describe(CheckResult result) {
        if (result.outcome() == CheckOutcome.FIRING) {
            return result.alerts().stream().map(FiringAlert::describe).collect(Collectors.joining("; "));
        }
        return result.detail();
    }
}
