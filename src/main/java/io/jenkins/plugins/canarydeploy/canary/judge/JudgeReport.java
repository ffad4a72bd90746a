package io.jenkins.plugins.canarydeploy.canary.judge;

import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judge's answer for one check: the score, its verdict by the thresholds, how the score was reached, and every
 * metric's result. A plain serializable class, so that a watch may keep it.
 */
public final class JudgeReport implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The name of the alert that fires when the score is below the marginal threshold. */
    public static final String ALERT_NAME = "CanaryScore";

    /** Whether, and why, the score was forced to 0. */
    public enum Forced {
        /** The score is the weighted share of passing metrics. */
        NO,
        /** A critical metric failed. */
        CRITICAL_FAILURE,
        /** At least half of the metrics had no data: too early, or the metrics are missing. */
        NO_DATA
    }

    private final double score;
    private final JudgeVerdict verdict;
    private final Forced forced;
    private final String explanation;
    private final ArrayList<MetricResult> metrics;
    private final double passScore;
    private final double marginalScore;

    JudgeReport(double score, Forced forced, String explanation, List<MetricResult> metrics, JudgeSettings settings) {
        this.score = score;
        this.verdict = forced == Forced.CRITICAL_FAILURE ? JudgeVerdict.FAIL : settings.verdict(score);
        this.forced = forced;
        this.explanation = explanation;
        this.metrics = new ArrayList<>(metrics);
        this.passScore = settings.passScore();
        this.marginalScore = settings.marginalScore();
    }

    /** From 0 to 100. */
    public double score() {
        return score;
    }

    /** The verdict of the score (0 when forced) by the pass and marginal thresholds; FAIL on a critical failure. */
    public JudgeVerdict verdict() {
        return verdict;
    }

    public Forced forced() {
        return forced;
    }

    /** How the score was reached, e.g. {@code 66.67 = 100 x 2 passing weight / 3 judged weight (pass: ...)}. */
    public String explanation() {
        return explanation;
    }

    /** Each metric's result, in the order the metrics were given. */
    public List<MetricResult> metrics() {
        return List.copyOf(metrics);
    }

    /** One line, e.g. {@code FAIL: score 33.33 (pass >= 95, marginal >= 75): 33.33 = 100 x 1 passing ...}. */
    public String describe() {
        return verdict + ": score " + MetricResult.format(score) + " (pass >= " + MetricResult.format(passScore)
                + ", marginal >= " + MetricResult.format(marginalScore) + "): " + explanation;
    }

    /** {@link #describe()}, then one line per metric: for a build log. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(describe());
        metrics.forEach(metric -> lines.add("  " + metric.describe()));
        return lines;
    }

    /**
     * As an alert source's answer: firing below the marginal threshold or on a critical failure, no data when at
     * least half of the metrics have none, clear otherwise (PASS and MARGINAL).
     */
    public CheckResult checkResult(String source) {
        if (forced == Forced.NO_DATA) {
            return CheckResult.noData("canary judge " + explanation);
        }
        if (verdict != JudgeVerdict.FAIL) {
            return CheckResult.clear();
        }
        return CheckResult.of(List.of(new FiringAlert(source, ALERT_NAME, Map.of(), details(), null)));
    }

    /** {@code reason}, {@code score}, {@code verdict}, {@code scoring} and {@code metric.<id>} for each metric. */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        String standing = verdict == JudgeVerdict.FAIL
                ? "is below the marginal threshold " + MetricResult.format(marginalScore)
                : "is " + verdict;
        details.put("reason", "score " + MetricResult.format(score) + " " + standing + ": " + explanation);
        details.put("score", MetricResult.format(score));
        details.put("verdict", verdict.name());
        details.put("scoring", explanation);
        metrics.forEach(metric -> details.put("metric." + metric.id(), metric.describe()));
        return details;
    }

    @Override
    public String toString() {
        return describe();
    }
}
