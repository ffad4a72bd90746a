package io.jenkins.plugins.canarydeploy.canary.judge;

import java.util.Arrays;
import java.util.List;

/** The datapoints of one metric in the window: the baseline (control) group's and the canary (experiment) group's. */
public record MetricSamples(List<Double> control, List<Double> experiment) {
    /** No datapoints at all. */
    public static final MetricSamples NONE = new MetricSamples(List.of(), List.of());

    public MetricSamples {
        control = List.copyOf(control);
        experiment = List.copyOf(experiment);
    }

    public static MetricSamples of(double[] control, double[] experiment) {
        return new MetricSamples(
                Arrays.stream(control).boxed().toList(),
                Arrays.stream(experiment).boxed().toList());
    }

    double[] controlValues() {
        return control.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] experimentValues() {
        return experiment.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
