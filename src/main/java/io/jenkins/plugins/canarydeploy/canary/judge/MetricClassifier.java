package io.jenkins.plugins.canarydeploy.canary.judge;

import java.util.Arrays;

/**
 * Classifies one metric as Kayenta's Mann-Whitney classifier does: too few datapoints is NO_DATA (NO_DATA_FAIL
 * when the metric must have data); no significant difference passes; a significant one passes when its direction is
 * not bad or its effect ratio stays within the limits, and is HIGH or LOW otherwise. Non-finite values are dropped.
 */
final class MetricClassifier {
    private record Finding(Classification classification, String explanation) {}

    private final JudgeSettings settings;

    MetricClassifier(JudgeSettings settings) {
        this.settings = settings;
    }

    MetricResult classify(MetricSpec spec, double[] controlValues, double[] experimentValues) {
        double[] control = finite(controlValues);
        double[] experiment = finite(experimentValues);
        double ratio = spec.limits().ratio(control, experiment);
        int needed = settings.minDatapoints();
        if (control.length < needed || experiment.length < needed) {
            String counts = control.length + " baseline and " + experiment.length + " canary datapoints, " + needed
                    + " each needed: ";
            Finding missing = spec.mustHaveData()
                    ? new Finding(Classification.NO_DATA_FAIL, counts + "this metric must have data, so it fails")
                    : new Finding(Classification.NO_DATA, counts + "left out of the score");
            return new MetricResult(
                    spec, control, experiment, null, ratio, missing.classification(), missing.explanation());
        }
        MannWhitney.Result test = MannWhitney.test(control, experiment);
        Finding finding = judge(spec, test, ratio);
        return new MetricResult(
                spec, control, experiment, test, ratio, finding.classification(), finding.explanation());
    }

    /** The classification of a metric with enough datapoints, and why. */
    private Finding judge(MetricSpec spec, MannWhitney.Result test, double ratio) {
        double alpha = 1 - settings.confidence();
        String p = MetricResult.format(test.pValue());
        if (test.pValue() >= alpha) {
            return new Finding(
                    Classification.PASS,
                    "no significant difference (p = " + p + ", not below " + MetricResult.format(alpha) + ")");
        }
        boolean higher = test.experimentHigher();
        String change =
                (higher ? "canary higher" : "canary lower") + " (p = " + p + " < " + MetricResult.format(alpha) + ")";
        Direction direction = spec.direction();
        if (higher ? !direction.increaseIsBad() : !direction.decreaseIsBad()) {
            return new Finding(
                    Classification.PASS,
                    change + ", but only " + (higher ? "a decrease" : "an increase") + " is bad for this metric");
        }
        EffectLimits limits = spec.limits();
        String ratioText = limits.measure().label() + " ratio " + MetricResult.format(ratio);
        if (higher ? limits.allowsRise(ratio) : limits.allowsFall(ratio)) {
            return new Finding(
                    Classification.PASS,
                    change + ", but the " + ratioText + " is within the allowed " + allowed(limits, higher));
        }
        return new Finding(
                higher ? Classification.HIGH : Classification.LOW,
                change + " and the " + ratioText + " is beyond the allowed " + allowed(limits, higher));
    }

    private static String allowed(EffectLimits limits, boolean higher) {
        return higher
                ? "increase " + MetricResult.format(limits.allowedIncrease())
                : "decrease " + MetricResult.format(limits.allowedDecrease());
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
