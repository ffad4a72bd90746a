package io.jenkins.plugins.canarydeploy.deploy;

import java.io.Serializable;
import java.time.Duration;

/**
 * Adaptive polling: quick at first and after every change, then slower by {@code factor} on each quiet poll,
 * up to {@code ceiling}. A terminal state is noticed at most one ceiling after it happens.
 */
public record PollSchedule(Duration initial, double factor, Duration ceiling) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(15));

    public PollSchedule {
        if (initial.isNegative() || initial.isZero() || ceiling.compareTo(initial) < 0 || factor < 1) {
            throw new IllegalArgumentException("A poll schedule needs 0 < initial <= ceiling and factor >= 1");
        }
    }

    /** The delay before the poll after one that waited {@code previous}. */
    public Duration next(Duration previous, boolean changed) {
        if (changed) {
            return initial;
        }
        long millis = Math.round(previous.toMillis() * factor);
        return millis >= ceiling.toMillis() ? ceiling : Duration.ofMillis(millis);
    }
}
