package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.io.Serializable;
import java.util.Locale;

/** Covered and missed items of one metric (lines, branches, ...), and the coverage they make. */
public final class CoverageCounter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CoverageMetric metric;
    private final int covered;
    private final int missed;

    public CoverageCounter(CoverageMetric metric, int covered, int missed) {
        if (covered < 0 || missed < 0) {
            throw new IllegalArgumentException(
                    "Covered and missed counts must not be negative, got " + covered + " and " + missed);
        }
        this.metric = metric;
        this.covered = covered;
        this.missed = missed;
    }

    public CoverageMetric getMetric() {
        return metric;
    }

    public int getCovered() {
        return covered;
    }

    public int getMissed() {
        return missed;
    }

    public long getTotal() {
        return (long) covered + missed;
    }

    /** Covered items in percent of all, from 0 to 100; 100 when there is nothing to cover. */
    public double getPercentage() {
        long total = getTotal();
        return total == 0 ? 100.0 : covered * 100.0 / total;
    }

    /** For example "85.71%". */
    public String getPercentageText() {
        return String.format(Locale.ROOT, "%.2f%%", getPercentage());
    }

    /** For example "12 of 14". */
    public String getCountText() {
        return covered + " of " + getTotal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageCounter other
                && metric == other.metric
                && covered == other.covered
                && missed == other.missed;
    }

    @Override
    public int hashCode() {
        return (metric.hashCode() * 31 + covered) * 31 + missed;
    }

    @Override
    public String toString() {
        return metric + " " + getCountText() + " (" + getPercentageText() + ")";
    }
}
