package io.jenkins.plugins.canarydeploy.canary.judge;

import java.util.Arrays;

/**
 * The two-sided Mann-Whitney U test by the normal approximation, with the variance corrected for ties and no
 * continuity correction (as R's {@code wilcox.test(x, y, exact = FALSE, correct = FALSE)} and SciPy's
 * {@code mannwhitneyu(x, y, method="asymptotic", use_continuity=False)}).
 */
public final class MannWhitney {
    /** Beyond this, erfc is computed by its continued fraction; below, by its power series. */
    private static final double SERIES_LIMIT = 1.5;

    private static final int FRACTION_DEPTH = 120;
    private static final double TWO_OVER_ROOT_PI = 2 / Math.sqrt(Math.PI);

    /**
     * The outcome of one test.
     *
     * @param u      the U statistic of the experiment: the number of (control, experiment) pairs in which the
     *               experiment's value is the larger, ties counting one half
     * @param meanU  U's expected value when both samples come from one distribution ({@code n1 * n2 / 2})
     * @param z      the standardized U; positive when the experiment tends to be higher
     * @param pValue the two-sided p-value
     */
    public record Result(double u, double meanU, double z, double pValue) {
        /** Whether the experiment tends to be higher than the control. */
        public boolean experimentHigher() {
            return u > meanU;
        }
    }

    private MannWhitney() {}

    /** Tests whether control and experiment come from one distribution; both need at least one value. */
    public static Result test(double[] control, double[] experiment) {
        if (control.length == 0 || experiment.length == 0) {
            throw new IllegalArgumentException("The Mann-Whitney U test needs at least one value in each sample");
        }
        int n1 = control.length;
        int n2 = experiment.length;
        double[] pooled = new double[n1 + n2];
        System.arraycopy(control, 0, pooled, 0, n1);
        System.arraycopy(experiment, 0, pooled, n1, n2);
        Arrays.sort(pooled);
        double rankSum = 0;
        for (double value : experiment) {
            rankSum += averageRank(pooled, value);
        }
        double u = rankSum - n2 * (n2 + 1.0) / 2;
        double meanU = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((n1 + n2 + 1) - tieTerm(pooled) / ((n1 + n2) * (n1 + n2 - 1.0)));
        if (variance <= 0) {
            return new Result(u, meanU, 0, 1);
        }
        double z = (u - meanU) / Math.sqrt(variance);
        return new Result(u, meanU, z, twoSidedP(z));
    }

    /** The probability that a standard normal value lies at least {@code |z|} from zero. */
    static double twoSidedP(double z) {
        return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /** The average of the 1-based ranks that {@code value} takes in the sorted {@code pooled} sample. */
    private static double averageRank(double[] pooled, double value) {
        int first = lowerBound(pooled, value);
        int last = first;
        while (last + 1 < pooled.length && Double.compare(pooled[last + 1], value) == 0) {
            last++;
        }
        return (first + last) / 2.0 + 1;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], value) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The sum of {@code t^3 - t} over every group of {@code t} tied values. */
    private static double tieTerm(double[] sorted) {
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || Double.compare(sorted[i], sorted[start]) != 0) {
                double t = i - start;
                sum += t * t * t - t;
                start = i;
            }
        }
        return sum;
    }

    /** The complementary error function for {@code x >= 0}, relative error below 1e-14. */
    static double erfc(double x) {
        if (x < SERIES_LIMIT) {
            // erf(x) = 2/sqrt(pi) exp(-x^2) sum_n (2x^2)^n x / (1 * 3 * ... * (2n + 1)): positive terms only
            double term = x;
            double sum = x;
            for (int n = 1; term > sum * 1e-17; n++) {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
            }
            return 1 - TWO_OVER_ROOT_PI * Math.exp(-x * x) * sum;
        }
        // erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...)))), evaluated from the tail
        double fraction = x;
        for (int k = FRACTION_DEPTH; k >= 1; k--) {
            fraction = x + k / 2.0 / fraction;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / fraction;
    }
}
