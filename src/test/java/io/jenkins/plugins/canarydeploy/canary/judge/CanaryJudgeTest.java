package io.jenkins.plugins.canarydeploy.canary.judge;

import static io.jenkins.plugins.canarydeploy.canary.judge.SyntheticSeries.counts;
import static io.jenkins.plugins.canarydeploy.canary.judge.SyntheticSeries.noisy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.canary.CheckOutcome;
import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kayenta-style scoring over synthetic series: regressions, no change, noise, ties, missing data, critical metrics. */
class CanaryJudgeTest {
    private static final MetricSpec LATENCY = metric("latency", "Latency");
    private static final MetricSpec ERRORS =
            metric("errors", "Errors").statistic("Sum").direction(Direction.INCREASE);
    private static final MetricSpec CPU = metric("cpu", "CPUUtilization");
    private static final CanaryJudge JUDGE = new CanaryJudge(List.of(LATENCY, ERRORS, CPU), JudgeSettings.DEFAULTS);

    @Test
    void shouldFailAClearRegression() {
        JudgeReport report = JUDGE.judge(Map.of(
                "latency", MetricSamples.of(noisy(1, 120, 10, 15), noisy(2, 250, 10, 15)),
                "errors", MetricSamples.of(counts(3, 15, 0, 1), counts(4, 15, 6, 7, 9)),
                "cpu", MetricSamples.of(noisy(5, 40, 3, 15), noisy(6, 40, 3, 15))));

        assertThat(report.metrics())
                .extracting(MetricResult::id, MetricResult::classification)
                .containsExactly(
                        tuple("latency", Classification.HIGH),
                        tuple("errors", Classification.HIGH),
                        tuple("cpu", Classification.PASS));
        assertThat(report.score()).isEqualTo(100.0 / 3);
        assertThat(report.verdict()).isEqualTo(JudgeVerdict.FAIL);
        assertThat(report.forced()).isEqualTo(JudgeReport.Forced.NO);
        assertThat(report.explanation())
                .isEqualTo("33.33 = 100 x 1 passing weight / 3 judged weight (pass: cpu 1; fail: latency 1 HIGH,"
                        + " errors 1 HIGH)");
        assertThat(report.describe()).startsWith("FAIL: score 33.33 (pass >= 95, marginal >= 75): 33.33 = 100 x 1");
    }

    @Test
    void shouldPassWhenNothingChanged() {
        double[] latency = noisy(7, 120, 10, 15);
        double[] errors = counts(8, 15, 0, 0, 1, 2);
        double[] cpu = noisy(9, 40, 3, 15);

        JudgeReport report = JUDGE.judge(Map.of(
                "latency", MetricSamples.of(latency, latency),
                "errors", MetricSamples.of(errors, errors),
                "cpu", MetricSamples.of(cpu, cpu)));

        assertThat(report.metrics()).allSatisfy(metric -> {
            assertThat(metric.classification()).isEqualTo(Classification.PASS);
            assertThat(metric.pValue()).isEqualTo(1);
        });
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.verdict()).isEqualTo(JudgeVerdict.PASS);
        assertThat(report.checkResult("judge")).isEqualTo(CheckResult.clear());
    }

    @Test
    void shouldPassNoisyButEqualSeries() {
        // Independent draws from one distribution per metric; seeded, so that the test is reproducible.
        JudgeReport report = JUDGE.judge(Map.of(
                "latency", MetricSamples.of(noisy(11, 120, 40, 30), noisy(12, 120, 40, 30)),
                "errors", MetricSamples.of(counts(13, 30, 0, 1, 2, 3), counts(14, 30, 0, 1, 2, 3)),
                "cpu", MetricSamples.of(noisy(15, 40, 15, 30), noisy(16, 40, 15, 30))));

        assertThat(report.metrics())
                .allSatisfy(metric -> assertThat(metric.pValue()).isGreaterThanOrEqualTo(0.02));
        assertThat(report.verdict()).isEqualTo(JudgeVerdict.PASS);
    }

    @Test
    void shouldJudgeHeavilyTiedCountsByTheirRanks() {
        // Error counts of 0, 1 or 2 per minute: nearly every value is tied with many others.
        JudgeReport same =
                JUDGE.judge(Map.of("errors", MetricSamples.of(counts(17, 40, 0, 1, 2), counts(18, 40, 0, 1, 2))));
        JudgeReport worse =
                JUDGE.judge(Map.of("errors", MetricSamples.of(counts(17, 40, 0, 1, 2), counts(18, 40, 1, 2, 2))));

        assertThat(same.metrics().get(1).classification()).isEqualTo(Classification.PASS);
        assertThat(worse.metrics().get(1).classification()).isEqualTo(Classification.HIGH);
        assertThat(worse.metrics().get(1).pValue()).isLessThan(0.001);
    }

    @Test
    void shouldSayNoDataWhenTooFewDatapointsHaveArrived() {
        JudgeReport report = JUDGE.judge(Map.of(
                "latency", MetricSamples.of(noisy(19, 120, 10, 3), noisy(20, 500, 10, 3)),
                "cpu", MetricSamples.of(noisy(21, 40, 3, 12), noisy(22, 40, 3, 12))));

        assertThat(report.metrics())
                .extracting(MetricResult::classification)
                .containsExactly(Classification.NO_DATA, Classification.NO_DATA, Classification.PASS);
        assertThat(report.score()).isZero();
        assertThat(report.forced()).isEqualTo(JudgeReport.Forced.NO_DATA);
        assertThat(report.explanation()).isEqualTo("forced to 0 as 2 of 3 metrics have no data (at least half)");
        CheckResult result = report.checkResult("judge");
        assertThat(result.outcome()).isEqualTo(CheckOutcome.NO_DATA);
        assertThat(result.detail())
                .isEqualTo("canary judge forced to 0 as 2 of 3 metrics have no data (at least half)");
    }

    @Test
    void shouldForceTheScoreToZeroWhenACriticalMetricFails() {
        List<MetricSpec> metrics = List.of(LATENCY.critical(true), ERRORS, CPU, metric("memory", "Memory"));
        Map<String, MetricSamples> samples = Map.of(
                "latency", MetricSamples.of(noisy(23, 120, 10, 15), noisy(24, 180, 10, 15)),
                "errors", MetricSamples.of(counts(25, 15, 0, 1), counts(26, 15, 0, 1)),
                "cpu", MetricSamples.of(noisy(27, 40, 3, 15), noisy(28, 40, 3, 15)),
                "memory", MetricSamples.of(noisy(29, 800, 30, 15), noisy(30, 800, 30, 15)));

        JudgeReport report = new CanaryJudge(metrics, JudgeSettings.DEFAULTS).judge(samples);
        JudgeReport lenient = new CanaryJudge(metrics, JudgeSettings.DEFAULTS.withThresholds(0, 0)).judge(samples);

        assertThat(report.score()).isZero();
        assertThat(report.verdict()).isEqualTo(JudgeVerdict.FAIL);
        assertThat(report.forced()).isEqualTo(JudgeReport.Forced.CRITICAL_FAILURE);
        assertThat(report.explanation())
                .isEqualTo("forced to 0 as critical metric latency is HIGH (otherwise 75 = 100 x 3 passing weight"
                        + " / 4 judged weight (pass: errors 1, cpu 1, memory 1; fail: latency 1 HIGH))");
        assertThat(lenient.verdict()).as("even when every score passes").isEqualTo(JudgeVerdict.FAIL);
        assertThat(lenient.checkResult("judge").outcome()).isEqualTo(CheckOutcome.FIRING);
    }

    @Test
    void shouldWeighMetricsAndLeaveOutThoseWithoutDataUnlessTheyMustHaveIt() {
        Map<String, MetricSamples> samples = Map.of(
                "latency", MetricSamples.of(noisy(31, 120, 10, 15), noisy(32, 120, 10, 15)),
                "errors", MetricSamples.of(counts(33, 15, 0, 1), counts(34, 15, 5, 8)));
        MetricSpec disk = metric("disk", "DiskQueue").weight(5);

        JudgeReport lenient =
                new CanaryJudge(List.of(LATENCY.weight(3), ERRORS, disk), JudgeSettings.DEFAULTS).judge(samples);
        JudgeReport strict = new CanaryJudge(
                        List.of(LATENCY.weight(3), ERRORS, disk.mustHaveData(true)), JudgeSettings.DEFAULTS)
                .judge(samples);

        assertThat(lenient.score()).isEqualTo(75);
        assertThat(lenient.verdict()).isEqualTo(JudgeVerdict.MARGINAL);
        assertThat(lenient.explanation())
                .isEqualTo("75 = 100 x 3 passing weight / 4 judged weight (pass: latency 3; fail: errors 1 HIGH;"
                        + " no data: disk)");
        assertThat(lenient.checkResult("judge").outcome()).isEqualTo(CheckOutcome.CLEAR);
        assertThat(strict.score()).isEqualTo(100.0 * 3 / 9);
        assertThat(strict.verdict()).isEqualTo(JudgeVerdict.FAIL);
        assertThat(strict.explanation())
                .isEqualTo("33.33 = 100 x 3 passing weight / 9 judged weight (pass: latency 3; fail: errors 1 HIGH,"
                        + " disk 5 NO_DATA_FAIL)");
    }

    @Test
    void shouldFireWithTheScoreAndEachMetricsContributionInTheDetails() {
        JudgeReport report = JUDGE.judge(Map.of(
                "latency", MetricSamples.of(noisy(1, 120, 10, 15), noisy(2, 250, 10, 15)),
                "errors", MetricSamples.of(counts(3, 15, 0, 1), counts(4, 15, 6, 7, 9)),
                "cpu", MetricSamples.of(noisy(5, 40, 3, 15), noisy(6, 40, 3, 15))));

        CheckResult result = report.checkResult("CloudWatch canary judge [latency, errors, cpu]");

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FIRING);
        FiringAlert alert = result.alerts().get(0);
        assertThat(alert.name()).isEqualTo("CanaryScore");
        assertThat(alert.source()).isEqualTo("CloudWatch canary judge [latency, errors, cpu]");
        assertThat(alert.details())
                .contains(entry("score", "33.33"), entry("verdict", "FAIL"), entry("scoring", report.explanation()))
                .containsKeys("metric.latency", "metric.errors", "metric.cpu");
        assertThat(alert.details().get("metric.latency")).startsWith("latency HIGH (weight 1): baseline n=15 median 1");
        assertThat(alert.describe())
                .startsWith("CanaryScore: score 33.33 is below the marginal threshold 75: 33.33 = 100 x 1");
        assertThat(report.lines()).hasSize(4).element(3).asString().startsWith("  cpu PASS (weight 1)");
    }

    @Test
    void shouldKeepReportsAndMetricsThroughJavaSerialization() throws Exception {
        JudgeReport report =
                JUDGE.judge(Map.of("latency", MetricSamples.of(noisy(1, 120, 10, 15), noisy(2, 250, 10, 15))));
        MetricSpec spec = LATENCY.limits(new EffectLimits(EffectLimits.Measure.MEDIAN, 1.2, 0.8))
                .critical(true);

        JudgeReport reportCopy = roundTrip(report);
        MetricSpec specCopy = roundTrip(spec);

        assertThat(reportCopy.lines()).isEqualTo(report.lines());
        assertThat(reportCopy.details()).isEqualTo(report.details());
        assertThat(specCopy.toString()).isEqualTo(spec.toString());
        assertThat(specCopy.limits().toString()).isEqualTo("median ratio within [0.8, 1.2]");
        assertThat(specCopy.critical()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static MetricSpec metric(String id, String name) {
        return MetricSpec.of(id, "Shop", name).splitBy("DeploymentGroup", "ProdDeploy", "Canary");
    }
}
