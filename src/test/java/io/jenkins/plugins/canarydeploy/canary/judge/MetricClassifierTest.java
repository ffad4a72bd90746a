package io.jenkins.plugins.canarydeploy.canary.judge;

import static io.jenkins.plugins.canarydeploy.canary.judge.SyntheticSeries.concat;
import static io.jenkins.plugins.canarydeploy.canary.judge.SyntheticSeries.constant;
import static io.jenkins.plugins.canarydeploy.canary.judge.SyntheticSeries.noisy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** One metric at a time: significance, direction, effect limits and missing data, each with its explanation. */
class MetricClassifierTest {
    private static final MetricSpec LATENCY = MetricSpec.of("latency", "Shop", "Latency");
    private static final MetricClassifier CLASSIFIER = new MetricClassifier(JudgeSettings.DEFAULTS);

    @Test
    void shouldClassifyAClearRiseAsHighWithEveryNumber() {
        MetricResult result = CLASSIFIER.classify(LATENCY, noisy(1, 100, 5, 20), noisy(2, 150, 5, 20));

        assertThat(result.classification()).isEqualTo(Classification.HIGH);
        assertThat(result.controlCount()).isEqualTo(20);
        assertThat(result.experimentCount()).isEqualTo(20);
        assertThat(result.controlMedian()).isCloseTo(100, within(5.0));
        assertThat(result.experimentMedian()).isCloseTo(150, within(5.0));
        assertThat(result.u()).isEqualTo(400);
        assertThat(result.pValue()).isLessThan(1e-6);
        assertThat(result.effectRatio()).isCloseTo(1.5, within(0.05));
        assertThat(result.explanation())
                .startsWith("canary higher (p = ")
                .contains("< 0.02) and the mean ratio 1.")
                .endsWith("is beyond the allowed increase 1");
        assertThat(result.describe())
                .startsWith("latency HIGH (weight 1): baseline n=20 median ")
                .contains("U=400");
    }

    @Test
    void shouldPassAChangeInADirectionThatIsNotBad() {
        MetricSpec throughput = LATENCY.direction(Direction.DECREASE);

        MetricResult result = CLASSIFIER.classify(throughput, noisy(1, 100, 5, 20), noisy(2, 150, 5, 20));

        assertThat(result.classification()).isEqualTo(Classification.PASS);
        assertThat(result.explanation()).endsWith(", but only a decrease is bad for this metric");
    }

    @Test
    void shouldClassifyABadFallAsLow() {
        MetricSpec orders = MetricSpec.of("orders", "Shop", "Orders").direction(Direction.DECREASE);

        MetricResult result = CLASSIFIER.classify(orders, noisy(3, 1000, 20, 15), noisy(4, 700, 20, 15));

        assertThat(result.classification()).isEqualTo(Classification.LOW);
        assertThat(result.u()).isZero();
        assertThat(result.explanation()).startsWith("canary lower").contains("beyond the allowed decrease 1");
    }

    @Test
    void shouldPassASignificantRiseWithinTheAllowedIncrease() {
        MetricSpec tolerant = LATENCY.limits(new EffectLimits(EffectLimits.Measure.MEAN, 1.1, 0.9));

        MetricResult result = CLASSIFIER.classify(tolerant, noisy(5, 100, 2, 30), noisy(6, 104, 2, 30));

        assertThat(result.pValue()).isLessThan(0.02);
        assertThat(result.effectRatio()).isBetween(1.0, 1.1);
        assertThat(result.classification()).isEqualTo(Classification.PASS);
        assertThat(result.explanation()).contains("but the mean ratio 1.0").endsWith("within the allowed increase 1.1");
    }

    @Test
    void shouldPassWithoutSignificantDifference() {
        MetricResult result = CLASSIFIER.classify(LATENCY, noisy(7, 100, 10, 20), noisy(8, 100, 10, 20));

        assertThat(result.classification()).isEqualTo(Classification.PASS);
        assertThat(result.explanation())
                .startsWith("no significant difference (p = ")
                .endsWith(", not below 0.02)");
    }

    @Test
    void shouldSeeErrorBurstsByTheMeanButNotByTheMedian() {
        // 20 error-free minutes in production; the canary has errors in 8 of 20: the U test finds it significant
        // (p about 0.002), the medians are both 0 and their ratio 1, the means' ratio infinite.
        double[] baseline = constant(0, 20);
        double[] canary = concat(constant(0, 12), 1, 3, 2, 5, 1, 4, 2, 6);
        MetricSpec errors = MetricSpec.of("errors", "Shop", "Errors").direction(Direction.INCREASE);

        MetricResult byMean = CLASSIFIER.classify(errors, baseline, canary);
        MetricResult byMedian = CLASSIFIER.classify(
                errors.limits(new EffectLimits(EffectLimits.Measure.MEDIAN, 1, 1)), baseline, canary);

        assertThat(byMean.pValue()).isCloseTo(0.002, within(0.001));
        assertThat(byMean.classification()).isEqualTo(Classification.HIGH);
        assertThat(byMean.effectRatio()).isInfinite();
        assertThat(byMean.explanation()).contains("the mean ratio inf is beyond");
        assertThat(byMedian.classification()).isEqualTo(Classification.PASS);
        assertThat(byMedian.effectRatio()).isEqualTo(1);
    }

    @Test
    void shouldLeaveOutAMetricWithTooFewDatapointsUnlessItMustHaveData() {
        double[] baseline = {100, 101, 99, 100};
        double[] canary = noisy(9, 100, 1, 10);

        MetricResult missing = CLASSIFIER.classify(LATENCY, baseline, canary);
        MetricResult required = CLASSIFIER.classify(LATENCY.mustHaveData(true), baseline, canary);

        assertThat(missing.classification()).isEqualTo(Classification.NO_DATA);
        assertThat(missing.explanation())
                .isEqualTo("4 baseline and 10 canary datapoints, 5 each needed: left out of the score");
        assertThat(missing.u()).isNaN();
        assertThat(missing.pValue()).isNaN();
        assertThat(missing.controlMedian()).isEqualTo(100);
        assertThat(missing.describe()).contains("U=- p=-");
        assertThat(required.classification()).isEqualTo(Classification.NO_DATA_FAIL);
        assertThat(required.explanation()).endsWith("this metric must have data, so it fails");
    }

    @Test
    void shouldDropValuesThatAreNotFinite() {
        double[] baseline = {1, 2, Double.NaN, 3, 4, Double.POSITIVE_INFINITY, 5};

        MetricResult result = CLASSIFIER.classify(LATENCY, baseline, new double[] {1, 2, 3, 4, 5});

        assertThat(result.controlCount()).isEqualTo(5);
        assertThat(result.pValue()).isEqualTo(1);
        assertThat(result.effectRatio()).isEqualTo(1);
    }

    @Test
    void shouldFormRatiosOnlyOverAPositiveOrZeroBaseline() {
        EffectLimits means = EffectLimits.NONE;

        assertThat(means.ratio(new double[] {2, 4}, new double[] {6, 6})).isEqualTo(2);
        assertThat(means.ratio(new double[] {0, 0}, new double[] {0, 0})).isEqualTo(1);
        assertThat(means.ratio(new double[] {0, 0}, new double[] {0, 1})).isInfinite();
        assertThat(means.ratio(new double[] {-2, -4}, new double[] {6, 6})).isNaN();
        assertThat(means.ratio(new double[0], new double[] {6, 6})).isNaN();
        assertThat(EffectLimits.Measure.MEDIAN.of(new double[] {5, 1, 100, 2})).isEqualTo(3.5);
        assertThat(EffectLimits.Measure.MEDIAN.of(new double[] {5, 1, 100})).isEqualTo(5);
    }
}
