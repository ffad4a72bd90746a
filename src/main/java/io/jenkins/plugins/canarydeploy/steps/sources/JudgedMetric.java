package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import io.jenkins.plugins.canarydeploy.canary.judge.DimensionsText;
import io.jenkins.plugins.canarydeploy.canary.judge.Direction;
import io.jenkins.plugins.canarydeploy.canary.judge.EffectLimits;
import io.jenkins.plugins.canarydeploy.canary.judge.EffectLimits.Measure;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricChecks;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricSpec;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Locale;
import java.util.TreeMap;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code judgedMetric}: one CloudWatch metric of {@link MetricsJudge}, read once with the canary's dimensions and once
 * with the baseline's, and how a significant difference between them is judged. The form's texts (dimensions,
 * direction, measure) become a core {@link MetricSpec}.
 */
public final class JudgedMetric extends AbstractDescribableImpl<JudgedMetric> implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String BASELINE = MetricChecks.BASELINE_DIMENSIONS;
    private static final String CANARY = MetricChecks.CANARY_DIMENSIONS;

    private final String id;
    private final String namespace;
    private final String metricName;
    private String statistic = "Average";
    private int period = 60;
    private String canaryDimensions = "";
    private String baselineDimensions = "";
    private String direction = Direction.EITHER.label();
    private String measure = Measure.MEAN.label();
    private double allowedIncrease = EffectLimits.NONE.allowedIncrease();
    private double allowedDecrease = EffectLimits.NONE.allowedDecrease();
    private double weight = 1;
    private boolean critical;
    private boolean mustHaveData;

    /**
     * @param id         names the metric in the judge's report: a lowercase letter, then letters, digits or _
     * @param namespace  the CloudWatch namespace, e.g. AWS/ApplicationELB
     * @param metricName the CloudWatch metric name, e.g. TargetResponseTime
     */
    @DataBoundConstructor
    public JudgedMetric(String id, String namespace, String metricName) {
        this.id = Texts.strip(id);
        this.namespace = Texts.strip(namespace);
        this.metricName = Texts.strip(metricName);
    }

    /**
     * The problems of the texts that only this form holds as text (the dimensions, direction and measure), fields
     * named {@code <prefix><field>}; the core's {@link MetricSpec#check} names the others.
     */
    Problems checkTexts(String prefix) {
        return new Problems()
                .add(prefix + CANARY, DimensionsText.check(CANARY, canaryDimensions))
                .add(prefix + BASELINE, DimensionsText.check(BASELINE, baselineDimensions))
                .add(prefix + Direction.FIELD, Direction.check(direction))
                .add(prefix + Measure.FIELD, Measure.check(measure));
    }

    /** The core metric; a text that does not parse counts as its default here, and {@link #checkTexts} names it. */
    MetricSpec toSpec() {
        Measure compared = Measure.fromText(measure).orElse(Measure.MEAN);
        return MetricSpec.of(id, namespace, metricName)
                .statistic(statistic)
                .period(period)
                .control(DimensionsText.read(baselineDimensions).orElse(new TreeMap<>()))
                .experiment(DimensionsText.read(canaryDimensions).orElse(new TreeMap<>()))
                .direction(Direction.fromText(direction).orElse(Direction.EITHER))
                .limits(new EffectLimits(compared, allowedIncrease, allowedDecrease))
                .weight(weight)
                .critical(critical)
                .mustHaveData(mustHaveData);
    }

    public String getId() {
        return id;
    }

    public String getNamespace() {
        return namespace;
    }

    public String getMetricName() {
        return metricName;
    }

    public String getStatistic() {
        return statistic;
    }

    /** E.g. Average (the default), Sum, Maximum, p99, tm90. */
    @DataBoundSetter
    public void setStatistic(@CheckForNull String statistic) {
        this.statistic = Texts.isBlank(statistic) ? "Average" : Texts.strip(statistic);
    }

    public int getPeriod() {
        return period;
    }

    /** Seconds per datapoint: 60 (the default) or another multiple of 60, or 1, 5, 10, 20, 30 for high resolution. */
    @DataBoundSetter
    public void setPeriod(int period) {
        this.period = period;
    }

    public String getCanaryDimensions() {
        return canaryDimensions;
    }

    /** {@code Name=Value} pairs separated by commas, e.g. {@code DeploymentGroup=Canary}. */
    @DataBoundSetter
    public void setCanaryDimensions(@CheckForNull String canaryDimensions) {
        this.canaryDimensions = Texts.strip(canaryDimensions);
    }

    public String getBaselineDimensions() {
        return baselineDimensions;
    }

    /** {@code Name=Value} pairs separated by commas, e.g. {@code DeploymentGroup=ProdDeploy}. */
    @DataBoundSetter
    public void setBaselineDimensions(@CheckForNull String baselineDimensions) {
        this.baselineDimensions = Texts.strip(baselineDimensions);
    }

    public String getDirection() {
        return direction;
    }

    /** Which significant change is bad: increase, decrease or either (the default). */
    @DataBoundSetter
    public void setDirection(@CheckForNull String direction) {
        this.direction = Texts.isBlank(direction)
                ? Direction.EITHER.label()
                : Texts.strip(direction).toLowerCase(Locale.ROOT);
    }

    public String getMeasure() {
        return measure;
    }

    /** What the effect limits compare: mean (the default) or median. */
    @DataBoundSetter
    public void setMeasure(@CheckForNull String measure) {
        this.measure = Texts.isBlank(measure)
                ? Measure.MEAN.label()
                : Texts.strip(measure).toLowerCase(Locale.ROOT);
    }

    public double getAllowedIncrease() {
        return allowedIncrease;
    }

    /** The largest canary/baseline ratio that still passes a significant rise, e.g. 1.2; 1 (the default): none. */
    @DataBoundSetter
    public void setAllowedIncrease(double allowedIncrease) {
        this.allowedIncrease = allowedIncrease;
    }

    public double getAllowedDecrease() {
        return allowedDecrease;
    }

    /** The smallest canary/baseline ratio that still passes a significant fall, e.g. 0.8; 1 (the default): none. */
    @DataBoundSetter
    public void setAllowedDecrease(double allowedDecrease) {
        this.allowedDecrease = allowedDecrease;
    }

    public double getWeight() {
        return weight;
    }

    @DataBoundSetter
    public void setWeight(double weight) {
        this.weight = weight;
    }

    public boolean isCritical() {
        return critical;
    }

    @DataBoundSetter
    public void setCritical(boolean critical) {
        this.critical = critical;
    }

    public boolean isMustHaveData() {
        return mustHaveData;
    }

    @DataBoundSetter
    public void setMustHaveData(boolean mustHaveData) {
        this.mustHaveData = mustHaveData;
    }

    @Extension
    @Symbol("judgedMetric")
    public static final class DescriptorImpl extends JudgedMetricDescriptor {
        @Override
        public String getDisplayName() {
            return "CloudWatch metric to judge";
        }
    }
}
