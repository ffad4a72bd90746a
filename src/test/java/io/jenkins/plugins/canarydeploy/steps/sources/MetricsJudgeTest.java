package io.jenkins.plugins.canarydeploy.steps.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.CheckOutcome;
import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import io.jenkins.plugins.canarydeploy.canary.judge.CanaryJudge;
import io.jenkins.plugins.canarydeploy.canary.judge.CloudWatchJudgeSource;
import io.jenkins.plugins.canarydeploy.canary.judge.Direction;
import io.jenkins.plugins.canarydeploy.canary.judge.EffectLimits;
import io.jenkins.plugins.canarydeploy.canary.judge.JudgeSettings;
import io.jenkins.plugins.canarydeploy.canary.judge.MetricSpec;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The judge's translation into the core judge and its checks; the Jenkins side is left to the real build. */
@ExtendWith(AwsSimulatorExtension.class)
class MetricsJudgeTest {
    private static final Map<String, String> PROD = Map.of("DeploymentGroup", "ProdDeploy");
    private static final Map<String, String> CANARY = Map.of("DeploymentGroup", "Canary");

    @Test
    void shouldTranslateEveryFieldIntoTheCoreMetricAndSettings() {
        JudgedMetric latency = new JudgedMetric(" latency_p99 ", " AWS/ApplicationELB ", "TargetResponseTime ");
        latency.setStatistic(" p99 ");
        latency.setPeriod(300);
        latency.setCanaryDimensions("LoadBalancer=app/shop/50dc, TargetGroup=targetgroup/canary/943f");
        latency.setBaselineDimensions("LoadBalancer=app/shop/50dc,\nTargetGroup=targetgroup/prod/73e2");
        latency.setDirection(" Increase ");
        latency.setMeasure("MEDIAN");
        latency.setAllowedIncrease(1.2);
        latency.setAllowedDecrease(0.8);
        latency.setWeight(2);
        latency.setCritical(true);
        latency.setMustHaveData(true);
        MetricsJudge judge = new MetricsJudge(List.of(latency));
        judge.setConfidence(0.95);
        judge.setPassScore(90);
        judge.setMarginalScore(60);
        judge.setMinDatapoints(8);

        CanaryJudge core = judge.judge();

        assertThat(core.metrics()).singleElement().satisfies(spec -> {
            assertThat(spec.toString())
                    .isEqualTo(
                            "latency_p99: AWS/ApplicationELB TargetResponseTime p99/300s {LoadBalancer=app/shop/50dc,"
                                    + " TargetGroup=targetgroup/prod/73e2} vs {LoadBalancer=app/shop/50dc,"
                                    + " TargetGroup=targetgroup/canary/943f}");
            assertThat(spec.direction()).isEqualTo(Direction.INCREASE);
            assertThat(spec.limits().measure()).isEqualTo(EffectLimits.Measure.MEDIAN);
            assertThat(spec.limits().allowedIncrease()).isEqualTo(1.2);
            assertThat(spec.limits().allowedDecrease()).isEqualTo(0.8);
            assertThat(spec.weight()).isEqualTo(2);
            assertThat(spec.critical()).isTrue();
            assertThat(spec.mustHaveData()).isTrue();
        });
        assertThat(core.settings().toString()).isEqualTo(new JudgeSettings(0.95, 90, 60, 8).toString());
        assertThat(latency.getDirection()).isEqualTo("increase");
        assertThat(latency.getMeasure()).isEqualTo("median");
    }

    @Test
    void shouldKeepTheCoreDefaults() {
        JudgedMetric errors = errors();
        errors.setStatistic(" ");
        errors.setDirection(null);
        errors.setMeasure("");

        CanaryJudge core = new MetricsJudge(List.of(errors)).judge();

        MetricSpec spec = core.metrics().get(0);
        MetricSpec expected =
                MetricSpec.of("errors", "Shop", "Errors").splitBy("DeploymentGroup", "ProdDeploy", "Canary");
        assertThat(spec.toString()).isEqualTo(expected.toString());
        assertThat(spec.direction()).isEqualTo(expected.direction());
        assertThat(spec.limits().toString()).isEqualTo(expected.limits().toString());
        assertThat(List.of(spec.weight(), spec.critical(), spec.mustHaveData()))
                .isEqualTo(List.of(expected.weight(), expected.critical(), expected.mustHaveData()));
        assertThat(core.settings().toString()).isEqualTo(JudgeSettings.DEFAULTS.toString());
        assertThat(List.of(errors.getStatistic(), errors.getDirection(), errors.getMeasure()))
                .containsExactly("Average", "either", "mean");
    }

    @Test
    void shouldNameEveryBadFieldOfEveryMetricAndOfTheJudge() {
        JudgedMetric bad = new JudgedMetric("Latency-p99", " ", "");
        bad.setStatistic("median");
        bad.setPeriod(90);
        bad.setCanaryDimensions("DeploymentGroup Canary");
        bad.setBaselineDimensions("DeploymentGroup=ProdDeploy");
        bad.setDirection("up");
        bad.setMeasure("p50");
        bad.setAllowedIncrease(0.9);
        bad.setAllowedDecrease(1.2);
        bad.setWeight(0);
        MetricsJudge judge = new MetricsJudge(List.of(errors(), bad));
        judge.setConfidence(1);
        judge.setPassScore(120);
        judge.setMarginalScore(-1);
        judge.setMinDatapoints(2);

        assertThat(judge.check().list())
                .extracting(FieldProblem::field)
                .containsExactly(
                        "metrics[1].canaryDimensions",
                        "metrics[1].direction",
                        "metrics[1].measure",
                        "metrics[1].id",
                        "metrics[1].namespace",
                        "metrics[1].metricName",
                        "metrics[1].statistic",
                        "metrics[1].period",
                        "metrics[1].weight",
                        "metrics[1].allowedIncrease",
                        "metrics[1].allowedDecrease",
                        "confidence",
                        "passScore",
                        "marginalScore",
                        "minDatapoints");
        assertThatThrownBy(judge::judge)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("metricsJudge has invalid settings: 'metrics[1].canaryDimensions':"
                        + " 'canaryDimensions' has 'DeploymentGroup Canary', which is not Name=Value")
                .hasMessageContaining("'metrics[1].direction': 'direction' is 'up'")
                .hasMessageContaining("'metrics[1].period': 'period' is 90 s");
    }

    @Test
    void shouldNameADimensionsTextThatDoesNotParseOnlyOnce() {
        JudgedMetric metric = new JudgedMetric("errors", "Shop", "Errors");
        metric.setBaselineDimensions("DeploymentGroup");

        assertThat(new MetricsJudge(List.of(metric)).check().list())
                .as("not also 'canaryDimensions are the same', as the unread baseline would be empty like the canary's")
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("metrics[0].baselineDimensions");
                    assertThat(problem.message()).contains("'DeploymentGroup', which is not Name=Value");
                });
    }

    @Test
    void shouldRefuseNoMetricsAndTheSameIdTwice() {
        assertThat(new MetricsJudge(null).check().list())
                .extracting(FieldProblem::field)
                .containsExactly("metrics");
        assertThat(new MetricsJudge(List.of(errors(), errors())).check().list())
                .extracting(FieldProblem::field)
                .containsExactly("metrics[1].id");
        assertThat(new MetricsJudge(List.of(errors())).getMetrics()).hasSize(1);
    }

    @Test
    void shouldCheckFormFieldsAgainstTheirNeighbours() {
        assertThat(MetricsJudge.DescriptorImpl.marginalScore("80", "75"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("must not exceed the pass threshold"));
        assertThat(MetricsJudge.DescriptorImpl.marginalScore("80", "")).isEmpty();
        assertThat(MetricsJudge.DescriptorImpl.marginalScore("eighty", "95"))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("'marginalScore' is 'eighty', not a number"));
        assertThat(MetricsJudge.DescriptorImpl.minDatapoints("4", "0.98"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("use at least 5, or a lower confidence"));
        assertThat(MetricsJudge.DescriptorImpl.minDatapoints("4", "0.95")).isEmpty();
        assertThat(MetricsJudge.DescriptorImpl.minDatapoints("2", ""))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("'minDatapoints' is 2: use at least 3"));
        assertThat(JudgedMetricDescriptor.canaryDimensions("DeploymentGroup=Canary", "DeploymentGroup=Canary"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("compared with itself"));
        assertThat(JudgedMetricDescriptor.canaryDimensions("DeploymentGroup=Canary", "DeploymentGroup"))
                .as("the baseline's own check names its text")
                .isEmpty();
        assertThat(JudgedMetricDescriptor.canaryDimensions("DeploymentGroup", "DeploymentGroup=Canary"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not Name=Value"));
    }

    @Test
    void shouldOpenAJudgeThatReadsCloudWatchFromTheWatchStart(AwsSimulator simulator, SimulatedClock clock) {
        Instant start = clock.instant();
        double[] prodErrors = {0, 1, 0, 2, 1, 0, 1, 0};
        double[] canaryErrors = {9, 12, 10, 11, 13, 9, 10, 12};
        simulator.cloudWatch().metricSeries("Shop", "Errors", PROD).points(start, Duration.ofMinutes(1), prodErrors);
        simulator
                .cloudWatch()
                .metricSeries("Shop", "Errors", CANARY)
                .points(start, Duration.ofMinutes(1), canaryErrors);
        JudgedMetric errors = errors();
        errors.setDirection("increase");
        SourceContext context = new SourceContext(
                null, // the judge needs no build: it uses no credentials of its own
                simulator::cloudWatchClient,
                () -> {
                    throw new AssertionError("the judge reads no CodeDeploy");
                },
                start,
                null,
                null);

        AlertSource source = new MetricsJudge(List.of(errors)).open(context, null);
        CheckResult atStart = source.check(start);
        clock.advance(Duration.ofMinutes(8));
        CheckResult later = source.check(clock.instant());

        assertThat(source).isInstanceOf(CloudWatchJudgeSource.class);
        assertThat(source.describe()).isEqualTo("CloudWatch canary judge [errors]");
        assertThat(atStart.outcome()).isEqualTo(CheckOutcome.NO_DATA);
        assertThat(atStart.detail()).isEqualTo("canary judge: the window starts at " + start);
        assertThat(later.outcome()).isEqualTo(CheckOutcome.FIRING);
        assertThat(later.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo("CanaryScore");
            assertThat(alert.details()).containsEntry("score", "0").containsEntry("verdict", "FAIL");
        });
    }

    private static JudgedMetric errors() {
        JudgedMetric errors = new JudgedMetric("errors", "Shop", "Errors");
        errors.setStatistic("Sum");
        errors.setCanaryDimensions("DeploymentGroup=Canary");
        errors.setBaselineDimensions("DeploymentGroup=ProdDeploy");
        return errors;
    }
}
