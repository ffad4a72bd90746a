package io.jenkins.plugins.canarydeploy.canary;

import java.io.Serializable;
import java.util.Locale;

/**
 * How many HTTP probes ran since a canary watch started, and how many failed. HTTP health sources are rebuilt from
 * their settings on every poll, so the caller keeps this next to the {@link WatchState} (a plain serializable class,
 * so a Pipeline keeps it across a controller restart), passes it to the next source and stores what
 * {@link HttpHealthSource#tally()} gives back. Immutable.
 */
public final class ProbeTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long probes;
    private final long failed;

    private ProbeTally(long probes, long failed) {
        this.probes = probes;
        this.failed = failed;
    }

    /** No probe yet: the tally of a watch that starts now. */
    public static ProbeTally none() {
        return new ProbeTally(0, 0);
    }

    /** This tally plus one check's probes, of which {@code failedNow} failed. */
    public ProbeTally plus(int probesNow, int failedNow) {
        if (probesNow < 0 || failedNow < 0 || failedNow > probesNow) {
            throw new IllegalArgumentException(
                    "Cannot count " + failedNow + " failed probes out of " + probesNow + " probes");
        }
        return new ProbeTally(probes + probesNow, failed + failedNow);
    }

    public long probes() {
        return probes;
    }

    public long failed() {
        return failed;
    }

    /** Failed probes among all probes, 0 before the first probe. */
    public double failureRate() {
        return probes == 0 ? 0 : (double) failed / probes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProbeTally tally && probes == tally.probes && failed == tally.failed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(probes) * 31 + Long.hashCode(failed);
    }

    /** E.g. {@code 3 of 40 probes failed (7.5%)}. */
    @Override
    public String toString() {
        return failed + " of " + probes + " probes failed (" + percent(failureRate()) + ")";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
