package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Objects;

/**
 * One quality gate: a threshold on a metric's value in this build (TOTAL) or on its change against the reference
 * build (DELTA, current minus reference). The gate fails when the value is BELOW or ABOVE the threshold, as its
 * comparison says, and then marks the build as its criticality says. A value equal to the threshold passes.
 * A plain serializable class, kept by Pipeline steps.
 */
public final class QualityGate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String metric;
    private final GateScope scope;
    private final double threshold;
    private final GateComparison comparison;
    private final GateCriticality criticality;

    /** A gate; throws an {@link io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException} if invalid. */
    public QualityGate(
            String metric, GateScope scope, double threshold, GateComparison comparison, GateCriticality criticality) {
        new Problems()
                .add(GateChecks.METRIC, GateChecks.metric(metric))
                .add(GateChecks.THRESHOLD, GateChecks.range(metric, scope, threshold))
                .throwIfAny("The quality gate on '" + metric + "'");
        this.metric = metric;
        this.scope = scope;
        this.threshold = threshold;
        this.comparison = comparison;
        this.criticality = criticality;
    }

    /** A gate with the metric's default comparison: coverage fails BELOW the threshold, issues ABOVE it. */
    public static QualityGate of(String metric, GateScope scope, double threshold, GateCriticality criticality) {
        return new QualityGate(metric, scope, threshold, MetricKeys.defaultComparison(metric), criticality);
    }

    /**
     * A gate from the text of a form or a Pipeline map. Blank scope is TOTAL, blank comparison the metric's
     * default, blank criticality UNSTABLE. Throws an
     * {@link io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException} naming every bad field.
     */
    public static QualityGate fromText(
            String prefix,
            @CheckForNull String metric,
            @CheckForNull String scope,
            @CheckForNull String threshold,
            @CheckForNull String comparison,
            @CheckForNull String criticality) {
        GateChecks.check(prefix, metric, scope, threshold, comparison, criticality)
                .throwIfAny("The quality gate " + (prefix.isEmpty() ? "" : prefix + " ") + "on '" + Texts.strip(metric)
                        + "'");
        String key = Texts.strip(metric);
        return new QualityGate(
                key,
                GateScope.fromText(scope).orElse(GateScope.TOTAL),
                GateChecks.parse(Texts.strip(threshold)).orElseThrow(),
                Texts.isBlank(comparison)
                        ? MetricKeys.defaultComparison(key)
                        : GateComparison.fromText(comparison).orElseThrow(),
                Texts.isBlank(criticality)
                        ? GateCriticality.UNSTABLE
                        : GateCriticality.fromText(criticality).orElseThrow());
    }

    public String getMetric() {
        return metric;
    }

    public GateScope getScope() {
        return scope;
    }

    public double getThreshold() {
        return threshold;
    }

    public GateComparison getComparison() {
        return comparison;
    }

    public GateCriticality getCriticality() {
        return criticality;
    }

    /** Whether the value (a total or a delta, as the scope says) fails this gate. */
    public boolean fails(double value) {
        return comparison.fails(value, threshold);
    }

    /** The gate in words, for example "line coverage (total) must not be below 80.00%, else UNSTABLE". */
    public String describe() {
        return MetricFormat.label(metric, scope) + " must not be " + comparison.word() + " "
                + MetricFormat.value(metric, scope, threshold) + ", else " + criticality;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityGate other
                && metric.equals(other.metric)
                && scope == other.scope
                && Double.compare(threshold, other.threshold) == 0
                && comparison == other.comparison
                && criticality == other.criticality;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, scope, threshold, comparison, criticality);
    }

    @Override
    public String toString() {
        return describe();
    }
}
