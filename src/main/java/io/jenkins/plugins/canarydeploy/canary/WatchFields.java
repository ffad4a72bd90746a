package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The watch settings as a step's fields hold them (texts such as {@code 10m}): checked once here, for the form and
 * at run time alike, then turned into {@link WatchSettings}.
 */
public record WatchFields(
        String bakeWindow, String pollInterval, String initialDelay, int failedChecks, String noData) {
    public static final String DEFAULT_BAKE_WINDOW = "10m";
    public static final String DEFAULT_POLL_INTERVAL = "30s";
    public static final String DEFAULT_INITIAL_DELAY = "0s";
    public static final String DEFAULT_NO_DATA = "pass";

    /** Unreadable checks in a row after which the watch ends with no data. */
    static final int MAX_CONSECUTIVE_ERRORS = 5;

    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(5);

    /** Every problem, each naming its field and the fix. */
    public Problems check() {
        Problems problems = new Problems()
                .add("bakeWindow", DurationText.check(bakeWindow, Duration.ofSeconds(1)))
                .add("pollInterval", DurationText.check(pollInterval, SHORTEST_INTERVAL))
                .add("initialDelay", DurationText.check(initialDelay, Duration.ZERO))
                .add("failedChecks", failedChecks(failedChecks))
                .add("noData", noDataPolicy(noData));
        if (problems.list().isEmpty()
                && DurationText.parse(bakeWindow).compareTo(DurationText.parse(pollInterval)) < 0) {
            problems.add(
                    "bakeWindow",
                    Optional.of("The bake window (" + bakeWindow + ") is shorter than the poll interval ("
                            + pollInterval + "): make it at least one interval long."));
        }
        return problems;
    }

    /** The settings; throws naming every bad field. */
    public WatchSettings toSettings(String what) {
        check().throwIfAny(what);
        return new WatchSettings(
                DurationText.parse(bakeWindow),
                DurationText.parse(pollInterval),
                DurationText.parse(initialDelay),
                failedChecks,
                policyOf(noData),
                MAX_CONSECUTIVE_ERRORS);
    }

    public static Optional<String> failedChecks(int value) {
        return value >= 1 && value <= 100
                ? Optional.empty()
                : Optional.of("Give the number of consecutive firing checks that fail the canary, from 1 to 100"
                        + " (got " + value + ").");
    }

    /** The problem with a no-data policy text ({@code pass}, {@code fail} or {@code pause}); empty when fine. */
    public static Optional<String> noDataPolicy(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        boolean known = value.isEmpty()
                || Arrays.stream(NoDataPolicy.values()).anyMatch(p -> p.name().equals(value));
        return known
                ? Optional.empty()
                : Optional.of("'" + Texts.strip(text) + "' is not a no-data policy: use pass (no data counts as"
                        + " clean), fail, or pause (the window waits for data, then a person decides).");
    }

    public static NoDataPolicy policyOf(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        return value.isEmpty() ? NoDataPolicy.PASS : NoDataPolicy.valueOf(value);
    }
}
