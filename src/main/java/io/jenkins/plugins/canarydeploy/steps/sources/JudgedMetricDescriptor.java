package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.canary.judge.DimensionsText;
import io.jenkins.plugins.canarydeploy.canary.judge.Direction;
import io.jenkins.plugins.canarydeploy.canary.judge.EffectLimits;
import io.jenkins.plugins.canarydeploy.canary.judge.EffectLimits.Measure;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricChecks;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.validation.NumberText;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;
import java.util.function.Function;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Form validation and choices of a {@link JudgedMetric}'s fields, for users who may configure the item; each check
 * is the core's, the one the judge runs at build time.
 */
public abstract class JudgedMetricDescriptor extends Descriptor<JudgedMetric> {
    private static final String BASELINE = MetricChecks.BASELINE_DIMENSIONS;
    private static final String CANARY = MetricChecks.CANARY_DIMENSIONS;

    private final FormChecks forms = new FormChecks();

    private FormValidation check(
            @CheckForNull Item item, @CheckForNull String value, Function<String, Optional<String>> check) {
        return forms.check(item, value, check);
    }

    @POST
    public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> MetricChecks.id(Texts.strip(v)));
    }

    @POST
    public FormValidation doCheckNamespace(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> MetricChecks.namespace(Texts.strip(v)));
    }

    @POST
    public FormValidation doCheckMetricName(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> MetricChecks.metricName(Texts.strip(v)));
    }

    @POST
    public FormValidation doCheckStatistic(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> Texts.isBlank(v) ? Optional.empty() : MetricChecks.statistic(Texts.strip(v)));
    }

    @POST
    public FormValidation doCheckPeriod(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> NumberText.checkWhole("period", v, MetricChecks::period));
    }

    @POST
    public FormValidation doCheckCanaryDimensions(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String baselineDimensions) {
        return check(item, value, v -> canaryDimensions(v, baselineDimensions));
    }

    @POST
    public FormValidation doCheckBaselineDimensions(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> DimensionsText.check(BASELINE, v));
    }

    @POST
    public FormValidation doCheckDirection(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, Direction::check);
    }

    @POST
    public FormValidation doCheckMeasure(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, Measure::check);
    }

    @POST
    public FormValidation doCheckAllowedIncrease(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> NumberText.checkDecimal("allowedIncrease", v, EffectLimits::allowedIncrease));
    }

    @POST
    public FormValidation doCheckAllowedDecrease(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> NumberText.checkDecimal("allowedDecrease", v, EffectLimits::allowedDecrease));
    }

    @POST
    public FormValidation doCheckWeight(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, value, v -> NumberText.checkDecimal("weight", v, MetricChecks::weight));
    }

    @POST
    public ListBoxModel doFillDirectionItems(@AncestorInPath Item item) {
        return choices(
                item,
                "either: any significant change is bad",
                Direction.EITHER.label(),
                "increase: a rise is bad (latency, errors)",
                Direction.INCREASE.label(),
                "decrease: a fall is bad (requests served, orders)",
                Direction.DECREASE.label());
    }

    @POST
    public ListBoxModel doFillMeasureItems(@AncestorInPath Item item) {
        return choices(
                item,
                "mean: notices rare large values",
                Measure.MEAN.label(),
                "median: robust to outliers",
                Measure.MEDIAN.label());
    }

    /** The canary's dimensions text, then whether it differs from the baseline's (when both parse). */
    static Optional<String> canaryDimensions(@CheckForNull String canary, @CheckForNull String baseline) {
        Optional<String> problem = DimensionsText.check(CANARY, canary);
        if (problem.isPresent()) {
            return problem;
        }
        return DimensionsText.read(baseline)
                .flatMap(parsed -> MetricChecks.distinct(parsed, DimensionsText.parse(CANARY, canary)));
    }

    /** Fixed choices, as pairs of display name and value; empty for users who may not configure the item. */
    private ListBoxModel choices(@CheckForNull Item item, String... namesAndValues) {
        ListBoxModel model = new ListBoxModel();
        if (forms.mayConfigure(item)) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                model.add(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return model;
    }
}
