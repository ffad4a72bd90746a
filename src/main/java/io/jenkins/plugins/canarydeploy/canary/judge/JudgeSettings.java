package io.jenkins.plugins.canarydeploy.canary.judge;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * How the judge decides: the confidence a difference must reach to be significant (0.98, as Kayenta), the score
 * thresholds for PASS (95) and MARGINAL (75, below it the alert fires), and the fewest datapoints per group a
 * metric needs to be judged at all (5; fewer make it NO_DATA). Immutable and serializable.
 */
public final class JudgeSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Kayenta's confidence, the Spinnaker examples' thresholds, and 5 datapoints per group. */
    public static final JudgeSettings DEFAULTS = new JudgeSettings(0.98, 95, 75, 5);

    /** Fewer datapoints per group tell too little, whatever the confidence. */
    private static final int FEWEST_DATAPOINTS = 3;

    private final double confidence;
    private final double passScore;
    private final double marginalScore;
    private final int minDatapoints;

    public JudgeSettings(double confidence, double passScore, double marginalScore, int minDatapoints) {
        this.confidence = confidence;
        this.passScore = passScore;
        this.marginalScore = marginalScore;
        this.minDatapoints = minDatapoints;
    }

    public JudgeSettings withConfidence(double level) {
        return new JudgeSettings(level, passScore, marginalScore, minDatapoints);
    }

    public JudgeSettings withThresholds(double pass, double marginal) {
        return new JudgeSettings(confidence, pass, marginal, minDatapoints);
    }

    public JudgeSettings withMinDatapoints(int count) {
        return new JudgeSettings(confidence, passScore, marginalScore, count);
    }

    /** A difference is significant when its p-value is below {@code 1 - confidence}. */
    public double confidence() {
        return confidence;
    }

    /** The lowest score that is PASS. */
    public double passScore() {
        return passScore;
    }

    /** The lowest score that is MARGINAL; anything lower is FAIL. */
    public double marginalScore() {
        return marginalScore;
    }

    /** The fewest finite datapoints each group needs for a metric to be judged. */
    public int minDatapoints() {
        return minDatapoints;
    }

    JudgeVerdict verdict(double score) {
        if (score >= passScore) {
            return JudgeVerdict.PASS;
        }
        return score >= marginalScore ? JudgeVerdict.MARGINAL : JudgeVerdict.FAIL;
    }

    /** Every problem, fields named {@code confidence}, {@code passScore}, {@code marginalScore}, {@code minDatapoints}. */
    public Problems check() {
        Problems problems = new Problems()
                .add("confidence", confidence(confidence))
                .add("passScore", score("passScore", passScore))
                .add("marginalScore", score("marginalScore", marginalScore))
                .add("minDatapoints", minDatapoints(minDatapoints));
        if (confidence(confidence).isEmpty() && minDatapoints(minDatapoints).isEmpty()) {
            problems.add("minDatapoints", reachable(minDatapoints, confidence));
        }
        if (marginalScore > passScore) {
            problems.add(
                    "marginalScore",
                    Optional.of("'marginalScore' (" + marginalScore + ") is above 'passScore' (" + passScore
                            + "): the marginal threshold must not exceed the pass threshold, e.g. 75 and 95."));
        }
        return problems;
    }

    public static Optional<String> confidence(double level) {
        if (level >= 0.5 && level < 1) {
            return Optional.empty();
        }
        return Optional.of("'confidence' is " + level + ": use a level from 0.5 up to (not including) 1, e.g. 0.98"
                + " (Kayenta's default) or 0.95.");
    }

    public static Optional<String> score(String field, double score) {
        if (score >= 0 && score <= 100) {
            return Optional.empty();
        }
        return Optional.of("'" + field + "' is " + score + ": scores run from 0 to 100.");
    }

    public static Optional<String> minDatapoints(int count) {
        if (count >= FEWEST_DATAPOINTS) {
            return Optional.empty();
        }
        return Optional.of("'minDatapoints' is " + count + ": use at least " + FEWEST_DATAPOINTS + " (5 is the"
                + " default); with fewer, no difference can be significant.");
    }

    /** Whether fully separated groups of {@code count} datapoints each would be significant at this confidence. */
    private static Optional<String> reachable(int count, double confidence) {
        double alpha = 1 - confidence;
        if (separatedP(count) < alpha) {
            return Optional.empty();
        }
        int enough = count;
        while (separatedP(enough) >= alpha) {
            enough++;
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "'minDatapoints' is %d, but even fully separated series of %d datapoints have p = %.3f, not below"
                        + " %.3f (confidence %s): use at least %d, or a lower confidence.",
                count,
                count,
                separatedP(count),
                alpha,
                confidence,
                enough));
    }

    /** The p-value of n control datapoints all below n experiment datapoints: U = 0, z = n sqrt(3 / (2n + 1)). */
    private static double separatedP(int n) {
        return MannWhitney.twoSidedP(n * Math.sqrt(3.0 / (2 * n + 1)));
    }

    @Override
    public String toString() {
        return "confidence " + confidence + ", pass >= " + passScore + ", marginal >= " + marginalScore + ", at least "
                + minDatapoints + " datapoints per group";
    }
}
