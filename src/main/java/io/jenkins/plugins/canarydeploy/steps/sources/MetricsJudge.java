package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.judge.CanaryJudge;
import io.jenkins.plugins.canarydeploy.canary.judge.CloudWatchJudgeSource;
import io.jenkins.plugins.canarydeploy.canary.judge.JudgeSettings;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricChecks;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricSpec;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.NumberText;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code metricsJudge}: the statistical canary judge. On every check it reads each metric's canary and baseline
 * series from CloudWatch since the watch started, compares them (Mann-Whitney U test, effect limits) and scores the
 * canary Kayenta's way; a score below {@code marginalScore} or a failed critical metric fires {@code CanaryScore},
 * too few datapoints are no data.
 */
public final class MetricsJudge extends CanarySource {
    private static final long serialVersionUID = 1L;

    private static final JudgeSettings DEFAULTS = JudgeSettings.DEFAULTS;

    private final ArrayList<JudgedMetric> metrics;
    private double confidence = DEFAULTS.confidence();
    private double passScore = DEFAULTS.passScore();
    private double marginalScore = DEFAULTS.marginalScore();
    private int minDatapoints = DEFAULTS.minDatapoints();

    @DataBoundConstructor
    public MetricsJudge(@CheckForNull List<JudgedMetric> metrics) {
        this.metrics = metrics == null ? new ArrayList<>() : new ArrayList<>(metrics);
    }

    /**
     * Every problem of the metrics ({@code metrics[i].<field>}, counting from 0) and of the judge's settings. A text
     * that does not parse is named once, without the follow-up problems of its default.
     */
    @Override
    public Problems check() {
        Problems problems = new Problems();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            String prefix = "metrics[" + i + "].";
            for (FieldProblem problem : metrics.get(i).checkTexts(prefix).list()) {
                problems.add(problem.field(), Optional.of(problem.message()));
                named.add(problem.field());
                if (problem.field().endsWith("Dimensions")) {
                    named.add(prefix + MetricChecks.BASELINE_DIMENSIONS);
                    named.add(prefix + MetricChecks.CANARY_DIMENSIONS);
                }
            }
        }
        for (FieldProblem problem : CanaryJudge.check(specs(), settings()).list()) {
            if (!named.contains(problem.field())) {
                problems.add(problem.field(), Optional.of(problem.message()));
            }
        }
        return problems;
    }

    /** The core judge, after the checks; throws naming every bad field. */
    CanaryJudge judge() {
        check().throwIfAny("metricsJudge");
        return new CanaryJudge(specs(), settings());
    }

    @Override
    public AlertSource open(SourceContext context, @CheckForNull Serializable saved) {
        return new CloudWatchJudgeSource(context.cloudWatch(), judge(), context.watchStart());
    }

    private List<MetricSpec> specs() {
        return metrics.stream().map(JudgedMetric::toSpec).toList();
    }

    private JudgeSettings settings() {
        return new JudgeSettings(confidence, passScore, marginalScore, minDatapoints);
    }

    public List<JudgedMetric> getMetrics() {
        return List.copyOf(metrics);
    }

    public double getConfidence() {
        return confidence;
    }

    /** A difference is significant when its p-value is below 1 - confidence; 0.98 by default. */
    @DataBoundSetter
    public void setConfidence(double confidence) {
        this.confidence = confidence;
    }

    public double getPassScore() {
        return passScore;
    }

    /** The lowest score (0 to 100) that is PASS; 95 by default. */
    @DataBoundSetter
    public void setPassScore(double passScore) {
        this.passScore = passScore;
    }

    public double getMarginalScore() {
        return marginalScore;
    }

    /** The lowest score that is MARGINAL; below it the judge's alert fires. 75 by default. */
    @DataBoundSetter
    public void setMarginalScore(double marginalScore) {
        this.marginalScore = marginalScore;
    }

    public int getMinDatapoints() {
        return minDatapoints;
    }

    /** The fewest datapoints each group needs for a metric to be judged; 5 by default. */
    @DataBoundSetter
    public void setMinDatapoints(int minDatapoints) {
        this.minDatapoints = minDatapoints;
    }

    @Extension
    @Symbol("metricsJudge")
    public static final class DescriptorImpl extends CanarySourceDescriptor {
        @Override
        public String getDisplayName() {
            return "Statistical judge of CloudWatch metrics (canary vs. baseline)";
        }

        @POST
        public FormValidation doCheckConfidence(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, v -> NumberText.checkDecimal("confidence", v, JudgeSettings::confidence));
        }

        @POST
        public FormValidation doCheckPassScore(@AncestorInPath Item item, @QueryParameter String value) {
            return check(
                    item,
                    value,
                    v -> NumberText.checkDecimal("passScore", v, s -> JudgeSettings.score("passScore", s)));
        }

        @POST
        public FormValidation doCheckMarginalScore(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String passScore) {
            return check(item, value, v -> marginalScore(v, passScore));
        }

        @POST
        public FormValidation doCheckMinDatapoints(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String confidence) {
            return check(item, value, v -> minDatapoints(v, confidence));
        }

        /** The marginal score's own problem, then whether it exceeds the pass score (when that is a number). */
        static Optional<String> marginalScore(@CheckForNull String marginal, @CheckForNull String pass) {
            return NumberText.checkDecimal("marginalScore", marginal, m -> {
                JudgeSettings settings =
                        DEFAULTS.withThresholds(NumberText.decimal(pass).orElse(100), m);
                return first(settings.check(), "marginalScore");
            });
        }

        /** The count's own problem, then whether it can be significant at the confidence (when that is a number). */
        static Optional<String> minDatapoints(@CheckForNull String count, @CheckForNull String confidence) {
            OptionalDouble level = NumberText.decimal(confidence);
            return NumberText.checkWhole("minDatapoints", count, n -> {
                JudgeSettings settings =
                        DEFAULTS.withConfidence(level.orElse(Double.NaN)).withMinDatapoints(n);
                return first(settings.check(), "minDatapoints");
            });
        }

        private static Optional<String> first(Problems problems, String field) {
            return problems.list().stream()
                    .filter(problem -> problem.field().equals(field))
                    .map(FieldProblem::message)
                    .findFirst();
        }
    }
}
