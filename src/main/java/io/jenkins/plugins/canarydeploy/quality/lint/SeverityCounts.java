package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.Serializable;
import java.util.Arrays;

/** How many issues there are of each {@link LintSeverity}. Immutable. */
public final class SeverityCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final SeverityCounts NONE = new SeverityCounts(new int[LintSeverity.values().length]);

    private final int[] counts;

    private SeverityCounts(int[] counts) {
        this.counts = counts;
    }

    /** No issues at all. */
    public static SeverityCounts none() {
        return NONE;
    }

    /** Counts in the order of {@link LintSeverity#values()}: error, high, normal, low. */
    public static SeverityCounts of(int error, int high, int normal, int low) {
        return new SeverityCounts(new int[] {error, high, normal, low});
    }

    /** Counts indexed by {@link LintSeverity#ordinal()}. */
    static SeverityCounts of(int[] counts) {
        if (counts.length != LintSeverity.values().length) {
            throw new IllegalArgumentException("Expected one count per severity, got " + counts.length);
        }
        return new SeverityCounts(counts.clone());
    }

    /** The sum of both counts, severity by severity. */
    public SeverityCounts plus(SeverityCounts other) {
        int[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new SeverityCounts(sum);
    }

    public int get(LintSeverity severity) {
        return counts[severity.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeverityCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "error: " + counts[0] + ", high: " + counts[1] + ", normal: " + counts[2] + ", low: " + counts[3];
    }
}
