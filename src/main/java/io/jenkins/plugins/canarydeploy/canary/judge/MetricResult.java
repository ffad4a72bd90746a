package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How one metric was judged: sample sizes and medians of both groups, the Mann-Whitney U and p-value, the effect
 * ratio, the classification with its weight, and one line saying why. Numbers the judge could not compute (too few
 * datapoints) are NaN. A plain serializable class, so that a watch may keep it.
 */
public final class MetricResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private final String id;
    private final int controlCount;
    private final int experimentCount;
    private final double controlMedian;
    private final double experimentMedian;
    private final double u;
    private final double pValue;
    private final double effectRatio;
    private final EffectLimits.Measure effectMeasure;
    private final Classification classification;
    private final double weight;
    private final boolean critical;
    private final String explanation;

    MetricResult(
            MetricSpec spec,
            double[] control,
            double[] experiment,
            @CheckForNull MannWhitney.Result test,
            double effectRatio,
            Classification classification,
            String explanation) {
        this.id = spec.id();
        this.controlCount = control.length;
        this.experimentCount = experiment.length;
        this.controlMedian = EffectLimits.Measure.MEDIAN.of(control);
        this.experimentMedian = EffectLimits.Measure.MEDIAN.of(experiment);
        this.u = test == null ? Double.NaN : test.u();
        this.pValue = test == null ? Double.NaN : test.pValue();
        this.effectRatio = effectRatio;
        this.effectMeasure = spec.limits().measure();
        this.classification = classification;
        this.weight = spec.weight();
        this.critical = spec.critical();
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    /** Finite datapoints of the baseline (control) group. */
    public int controlCount() {
        return controlCount;
    }

    /** Finite datapoints of the canary (experiment) group. */
    public int experimentCount() {
        return experimentCount;
    }

    public double controlMedian() {
        return controlMedian;
    }

    public double experimentMedian() {
        return experimentMedian;
    }

    /** The canary's U: (baseline, canary) pairs in which the canary is higher, ties counting half. */
    public double u() {
        return u;
    }

    public double pValue() {
        return pValue;
    }

    /** The canary's {@link #effectMeasure()} over the baseline's. */
    public double effectRatio() {
        return effectRatio;
    }

    public EffectLimits.Measure effectMeasure() {
        return effectMeasure;
    }

    public Classification classification() {
        return classification;
    }

    public double weight() {
        return weight;
    }

    public boolean critical() {
        return critical;
    }

    /** Why the metric got its classification, in one line. */
    public String explanation() {
        return explanation;
    }

    /**
     * One line with every number, e.g. {@code latency HIGH (critical, weight 2): baseline n=10 median 120, canary
     * n=10 median 250, U=98 p=0.0002, mean ratio 2.08; canary higher ...}.
     */
    public String describe() {
        return id + " " + classification + " (" + (critical ? "critical, " : "") + "weight " + format(weight)
                + "): baseline n=" + controlCount + " median " + format(controlMedian) + ", canary n="
                + experimentCount + " median " + format(experimentMedian) + ", U=" + format(u) + " p="
                + format(pValue) + ", " + effectMeasure.label() + " ratio " + format(effectRatio) + "; " + explanation;
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Four significant digits, no trailing zeros; {@code -} for NaN. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value != 0 && Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
