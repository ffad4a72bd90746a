package io.jenkins.plugins.canarydeploy.canary;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.util.Optional;

/**
 * The most HTTP probes that may fail, as a fraction of all probes since the watch started (e.g. 0.05), once at least
 * {@code minimumProbes} probes ran. Fewer probes do not count, so that one early failure is not a high rate.
 */
public record ErrorRateLimit(double maxFraction, int minimumProbes) {
    /** With a limit of 5 % or less, one failed probe among this many never exceeds it on its own. */
    public static final int DEFAULT_MINIMUM_PROBES = 20;

    public static final String FIELD = "errorRateLimit";
    public static final String MINIMUM_PROBES_FIELD = "minimumProbes";

    /** This limit, counting from {@value #DEFAULT_MINIMUM_PROBES} probes on. */
    public static ErrorRateLimit of(double maxFraction) {
        return new ErrorRateLimit(maxFraction, DEFAULT_MINIMUM_PROBES);
    }

    /** Checks the limit: a fraction from 0 (no failure allowed) up to, not including, 1. */
    public static Optional<String> maxFraction(double fraction) {
        if (Double.isNaN(fraction) || fraction < 0 || fraction >= 1) {
            return Optional.of("'" + FIELD + "' is " + fraction + ", but it is the fraction of probes that may fail:"
                    + " give a number from 0 up to (not including) 1, e.g. 0.05 for 5 %.");
        }
        return Optional.empty();
    }

    public static Optional<String> minimumProbes(int probes) {
        if (probes < 1) {
            return Optional.of("'" + MINIMUM_PROBES_FIELD + "' is " + probes + ": give the number of probes (1 or"
                    + " more) after which the error rate counts, e.g. " + DEFAULT_MINIMUM_PROBES + ".");
        }
        return Optional.empty();
    }

    public Problems check() {
        return new Problems()
                .add(FIELD, maxFraction(maxFraction))
                .add(MINIMUM_PROBES_FIELD, minimumProbes(minimumProbes));
    }

    /** Enough probes ran and more than the allowed fraction of them failed. */
    public boolean isExceededBy(ProbeTally tally) {
        return tally.probes() >= minimumProbes && tally.failureRate() > maxFraction;
    }

    /** E.g. {@code 5.0% of at least 20 probes}. */
    public String describe() {
        return ProbeTally.percent(maxFraction) + " of at least " + minimumProbes + " probes";
    }
}
