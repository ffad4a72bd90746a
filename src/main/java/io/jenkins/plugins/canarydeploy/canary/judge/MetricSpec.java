package io.jenkins.plugins.canarydeploy.canary.judge;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One metric the judge compares: a CloudWatch metric (namespace, name, statistic, period) read once with the
 * control (production) group's dimensions and once with the experiment (canary) group's, typically the same metric
 * with one dimension telling the groups apart ({@code DeploymentGroup=ProdDeploy} vs {@code Canary}, or two
 * {@code AutoScalingGroupName}s). How it is judged: the bad {@link Direction}, {@link EffectLimits}, a weight in
 * the score, and whether it is critical (its failure forces the score to 0) or must have data (missing data counts
 * as a failure). Immutable and serializable; {@link #check(String)} names every bad field.
 */
public final class MetricSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String BASELINE = MetricChecks.BASELINE_DIMENSIONS;
    private static final String CANARY = MetricChecks.CANARY_DIMENSIONS;

    private final String id;
    private final String namespace;
    private final String metricName;
    private String statistic = "Average";
    private int period = 60;
    private TreeMap<String, String> controlDimensions = new TreeMap<>();
    private TreeMap<String, String> experimentDimensions = new TreeMap<>();
    private Direction direction = Direction.EITHER;
    private EffectLimits limits = EffectLimits.NONE;
    private double weight = 1;
    private boolean critical;
    private boolean mustHaveData;

    private MetricSpec(String id, String namespace, String metricName) {
        this.id = id;
        this.namespace = namespace;
        this.metricName = metricName;
    }

    /**
     * A metric with the defaults: statistic Average, period 60 s, no dimensions, either direction bad, no effect
     * allowed, weight 1, neither critical nor required to have data.
     *
     * @param id names the metric in results and CloudWatch query ids: a lowercase letter, then letters, digits, _
     */
    public static MetricSpec of(String id, String namespace, String metricName) {
        return new MetricSpec(id, namespace, metricName);
    }

    private MetricSpec copy() {
        MetricSpec copy = new MetricSpec(id, namespace, metricName);
        copy.statistic = statistic;
        copy.period = period;
        copy.controlDimensions = controlDimensions;
        copy.experimentDimensions = experimentDimensions;
        copy.direction = direction;
        copy.limits = limits;
        copy.weight = weight;
        copy.critical = critical;
        copy.mustHaveData = mustHaveData;
        return copy;
    }

    /** E.g. {@code Average}, {@code Sum}, {@code Maximum}, {@code p99}, {@code tm90}, {@code TM(10%:90%)}. */
    public MetricSpec statistic(String value) {
        MetricSpec copy = copy();
        copy.statistic = value;
        return copy;
    }

    /** Seconds per datapoint: 1, 5, 10, 20, 30 (high-resolution metrics) or a multiple of 60. */
    public MetricSpec period(int seconds) {
        MetricSpec copy = copy();
        copy.period = seconds;
        return copy;
    }

    /** The dimensions of the production (baseline) group's series. */
    public MetricSpec control(Map<String, String> dimensions) {
        MetricSpec copy = copy();
        copy.controlDimensions = new TreeMap<>(dimensions);
        return copy;
    }

    /** The dimensions of the canary group's series. */
    public MetricSpec experiment(Map<String, String> dimensions) {
        MetricSpec copy = copy();
        copy.experimentDimensions = new TreeMap<>(dimensions);
        return copy;
    }

    /** Adds a dimension both groups share, e.g. {@code LoadBalancer}. */
    public MetricSpec dimension(String name, String value) {
        MetricSpec copy = copy();
        copy.controlDimensions = new TreeMap<>(controlDimensions);
        copy.controlDimensions.put(name, value);
        copy.experimentDimensions = new TreeMap<>(experimentDimensions);
        copy.experimentDimensions.put(name, value);
        return copy;
    }

    /** Adds the dimension that tells the groups apart, e.g. {@code DeploymentGroup}: ProdDeploy and Canary. */
    public MetricSpec splitBy(String name, String controlValue, String experimentValue) {
        MetricSpec copy = copy();
        copy.controlDimensions = new TreeMap<>(controlDimensions);
        copy.controlDimensions.put(name, controlValue);
        copy.experimentDimensions = new TreeMap<>(experimentDimensions);
        copy.experimentDimensions.put(name, experimentValue);
        return copy;
    }

    public MetricSpec direction(Direction bad) {
        MetricSpec copy = copy();
        copy.direction = bad;
        return copy;
    }

    public MetricSpec limits(EffectLimits effectLimits) {
        MetricSpec copy = copy();
        copy.limits = effectLimits;
        return copy;
    }

    /** This metric's share in the score relative to the others (default 1). */
    public MetricSpec weight(double share) {
        MetricSpec copy = copy();
        copy.weight = share;
        return copy;
    }

    /** A critical metric that fails forces the score to 0. */
    public MetricSpec critical(boolean value) {
        MetricSpec copy = copy();
        copy.critical = value;
        return copy;
    }

    /** Missing data of a metric that must have data counts as a failure instead of being left out. */
    public MetricSpec mustHaveData(boolean value) {
        MetricSpec copy = copy();
        copy.mustHaveData = value;
        return copy;
    }

    public String id() {
        return id;
    }

    public String namespace() {
        return namespace;
    }

    public String metricName() {
        return metricName;
    }

    public String statistic() {
        return statistic;
    }

    public int period() {
        return period;
    }

    public SortedMap<String, String> controlDimensions() {
        return Collections.unmodifiableSortedMap(controlDimensions);
    }

    public SortedMap<String, String> experimentDimensions() {
        return Collections.unmodifiableSortedMap(experimentDimensions);
    }

    public Direction direction() {
        return direction;
    }

    public EffectLimits limits() {
        return limits;
    }

    public double weight() {
        return weight;
    }

    public boolean critical() {
        return critical;
    }

    public boolean mustHaveData() {
        return mustHaveData;
    }

    /**
     * Every problem of this metric, fields named {@code <prefix><field>}, e.g. {@code metrics[0].period}; the
     * dimensions as users know them, {@code baselineDimensions} (control) and {@code canaryDimensions} (experiment).
     */
    public Problems check(String prefix) {
        Problems problems = new Problems()
                .add(prefix + "id", MetricChecks.id(id))
                .add(prefix + "namespace", MetricChecks.namespace(namespace))
                .add(prefix + "metricName", MetricChecks.metricName(metricName))
                .add(prefix + "statistic", MetricChecks.statistic(statistic))
                .add(prefix + "period", MetricChecks.period(period))
                .add(prefix + BASELINE, MetricChecks.dimensions(BASELINE, controlDimensions))
                .add(prefix + CANARY, MetricChecks.dimensions(CANARY, experimentDimensions))
                .add(prefix + CANARY, MetricChecks.distinct(controlDimensions, experimentDimensions))
                .add(prefix + "weight", MetricChecks.weight(weight));
        return problems.addAll(limits.check(prefix));
    }

    /** E.g. {@code latency: AWS/ApplicationELB TargetResponseTime p99/60s {Group=Prod} vs {Group=Canary}}. */
    @Override
    public String toString() {
        return id + ": " + namespace + " " + metricName + " " + statistic + "/" + period + "s " + controlDimensions
                + " vs " + experimentDimensions;
    }
}
