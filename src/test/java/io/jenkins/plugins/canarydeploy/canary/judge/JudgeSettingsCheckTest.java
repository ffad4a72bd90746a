package io.jenkins.plugins.canarydeploy.canary.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bad metric or judge setting is named by its field, with the fix in the message. */
class JudgeSettingsCheckTest {
    private static final MetricSpec LATENCY = MetricSpec.of("latency", "AWS/ApplicationELB", "TargetResponseTime")
            .statistic("p99")
            .dimension("LoadBalancer", "app/shop/50dc6c495c0c9188")
            .splitBy("TargetGroup", "targetgroup/prod/73e2d6bc24d8a067", "targetgroup/canary/943f017f100becff");

    @Test
    void shouldAcceptAWellFormedMetricAndTheDefaults() {
        assertThat(CanaryJudge.check(List.of(LATENCY), JudgeSettings.DEFAULTS).list())
                .isEmpty();
        assertThat(LATENCY.controlDimensions())
                .containsExactly(
                        Map.entry("LoadBalancer", "app/shop/50dc6c495c0c9188"),
                        Map.entry("TargetGroup", "targetgroup/prod/73e2d6bc24d8a067"));
        assertThat(LATENCY.toString())
                .isEqualTo(
                        "latency: AWS/ApplicationELB TargetResponseTime p99/60s {LoadBalancer=app/shop/50dc6c495c0c9188,"
                                + " TargetGroup=targetgroup/prod/73e2d6bc24d8a067} vs {LoadBalancer=app/shop/50dc6c495c0c9188,"
                                + " TargetGroup=targetgroup/canary/943f017f100becff}");
    }

    @Test
    void shouldNameEveryBadFieldOfEveryMetric() {
        MetricSpec bad = MetricSpec.of("Latency-p99", " ", "")
                .statistic("median")
                .period(90)
                .control(Map.of("AutoScalingGroupName", "shop"))
                .experiment(Map.of("AutoScalingGroupName", "shop"))
                .weight(0)
                .limits(new EffectLimits(EffectLimits.Measure.MEDIAN, 0.9, 1.2));

        List<FieldProblem> problems =
                CanaryJudge.check(List.of(LATENCY, bad), JudgeSettings.DEFAULTS).list();

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactly(
                        "metrics[1].id",
                        "metrics[1].namespace",
                        "metrics[1].metricName",
                        "metrics[1].statistic",
                        "metrics[1].period",
                        "metrics[1].canaryDimensions",
                        "metrics[1].weight",
                        "metrics[1].allowedIncrease",
                        "metrics[1].allowedDecrease");
        assertThat(problems)
                .extracting(FieldProblem::message)
                .satisfiesExactly(
                        id -> assertThat(id).contains("'Latency-p99'", "start with a lowercase letter"),
                        namespace -> assertThat(namespace).contains("'namespace' is empty", "AWS/EC2"),
                        metricName -> assertThat(metricName).contains("'metricName' is empty"),
                        statistic -> assertThat(statistic).contains("'median', not a CloudWatch statistic", "p99"),
                        period -> assertThat(period).contains("90 s", "multiple of 60 s"),
                        dimensions -> assertThat(dimensions).contains("compared with itself", "DeploymentGroup=Canary"),
                        weight -> assertThat(weight).contains("'weight' is 0.0", "above 0"),
                        increase -> assertThat(increase).contains("'allowedIncrease' is 0.9", "use 1 to allow none"),
                        decrease ->
                                assertThat(decrease).contains("'allowedDecrease' is 1.2", "0.8 to allow 20 % less"));
    }

    @Test
    void shouldKnowCloudWatchsStatisticsAndPeriods() {
        for (String statistic : List.of(
                "Average", "Sum", "SampleCount", "p99", "p99.9", "p100", "tm90", "IQM", "TM(10%:90%)", "PR(:300)")) {
            assertThat(MetricChecks.statistic(statistic)).as(statistic).isEmpty();
        }
        for (String statistic : List.of("avg", "p101", "P99", "p", "TM(10%)")) {
            assertThat(MetricChecks.statistic(statistic)).as(statistic).isPresent();
        }
        assertThat(List.of(1, 5, 10, 20, 30, 60, 300, 3600))
                .allSatisfy(p -> assertThat(MetricChecks.period(p)).isEmpty());
        assertThat(List.of(0, -60, 2, 45, 90))
                .allSatisfy(p -> assertThat(MetricChecks.period(p)).isPresent());
    }

    @Test
    void shouldRefuseNoMetricsAndTheSameIdTwice() {
        assertThat(CanaryJudge.check(List.of(), JudgeSettings.DEFAULTS).list())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("metrics");
                    assertThat(problem.message()).contains("'metrics' is empty", "at least one metric");
                });
        assertThat(CanaryJudge.check(List.of(LATENCY, LATENCY.statistic("p50")), JudgeSettings.DEFAULTS)
                        .list())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("metrics[1].id");
                    assertThat(problem.message()).contains("latency names two metrics");
                });
    }

    @Test
    void shouldCheckTheThresholdsConfidenceAndDatapoints() {
        List<FieldProblem> problems =
                new JudgeSettings(1.0, 120, 130, 2).check().list();

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactly("confidence", "passScore", "marginalScore", "minDatapoints", "marginalScore");
        assertThat(problems.get(0).message()).contains("from 0.5 up to (not including) 1");
        assertThat(problems.get(1).message()).contains("from 0 to 100");
        assertThat(problems.get(3).message()).contains("use at least 3");
        assertThat(problems.get(4).message()).contains("must not exceed the pass threshold");
    }

    @Test
    void shouldRefuseTooFewDatapointsForTheConfidence() {
        // Fully separated groups of 4: z = 4 sqrt(3/9) = 2.309, p = 0.0209, not below 0.02; 5 reach p = 0.0090.
        assertThat(JudgeSettings.DEFAULTS.withMinDatapoints(4).check().list())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("minDatapoints");
                    assertThat(problem.message())
                            .isEqualTo("'minDatapoints' is 4, but even fully separated series of 4 datapoints have"
                                    + " p = 0.021, not below 0.020 (confidence 0.98): use at least 5, or a lower"
                                    + " confidence.");
                });
        assertThat(JudgeSettings.DEFAULTS
                        .withConfidence(0.95)
                        .withMinDatapoints(4)
                        .check()
                        .list())
                .isEmpty();
    }

    @Test
    void shouldFailConstructionNamingEveryProblem() {
        assertThatThrownBy(() ->
                        new CanaryJudge(List.of(LATENCY.period(0)), JudgeSettings.DEFAULTS.withThresholds(50, 60)))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("metrics[0].period", "marginalScore"))
                .hasMessageStartingWith("The canary judge has invalid settings: 'metrics[0].period': 'period' is 0 s");
    }
}
