package io.jenkins.plugins.canarydeploy.canary.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The U test against published and hand-computed numbers; each test names where its expected values come from. */
class MannWhitneyTest {
    @Test
    void shouldMatchTheLargeSampleApproximationOfTheWilcoxTestExampleInRsDocumentation() {
        // R's ?wilcox.test, two-sample example: permeability constants of the human chorioamnion at term (x) and at
        // 12 to 26 weeks (y), Hollander & Wolfe (1973), p. 69f. Its "H&W large sample approximation"
        //   wilcox.test(x, y, alternative = "greater", exact = FALSE, correct = FALSE)  gives  W = 35, p = 0.1103.
        // W is U of x (the experiment here); the two-sided p-value is twice the one-sided one. SciPy 1.17's
        // mannwhitneyu(x, y, method="asymptotic", use_continuity=False) gives 0.22067136191984693.
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};

        MannWhitney.Result result = MannWhitney.test(y, x);

        assertThat(result.u()).isEqualTo(35);
        assertThat(result.meanU()).isEqualTo(25);
        // z = (35 - 25) / sqrt(10 * 5 * 16 / 12) = 1.224744871391589
        assertThat(result.z()).isCloseTo(1.224744871391589, within(1e-12));
        assertThat(result.pValue()).isCloseTo(2 * 0.1103, within(1e-4));
        assertThat(result.pValue()).isCloseTo(0.22067136191984693, within(1e-12));
        assertThat(result.experimentHigher()).isTrue();
    }

    @Test
    void shouldCorrectTheVarianceForTies() {
        // By hand: pooled and ranked, 1 -> 1; 2,2 -> 2.5; 3 (x5: three control, two canary) -> 6; 4 (x3: one control,
        // two canary) -> 10; 5 (x3, canary) -> 13; 6 -> 15. Canary rank sum 2*6 + 2*10 + 3*13 + 15 = 86, so
        // U = 86 - 8*9/2 = 50; mean 7*8/2 = 28. Tie groups t = 2, 5, 3, 3: sum(t^3 - t) = 6 + 120 + 24 + 24 = 174;
        // variance = 7*8/12 * (16 - 174 / (15*14)) = 70.8; z = 22 / sqrt(70.8) = 2.614604786978406;
        // p = erfc(z / sqrt(2)) = 0.00893307539919004 (SciPy 1.17's asymptotic mannwhitneyu without continuity
        // correction agrees to the last digit).
        double[] control = {1, 2, 2, 3, 3, 3, 4};
        double[] canary = {3, 3, 4, 4, 5, 5, 5, 6};

        MannWhitney.Result result = MannWhitney.test(control, canary);

        assertThat(result.u()).isEqualTo(50);
        assertThat(result.z()).isCloseTo(2.614604786978406, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.00893307539919004, within(1e-14));
    }

    @Test
    void shouldGiveTheSamePValueWhenTheSamplesSwapPlaces() {
        double[] control = {1, 2, 2, 3, 3, 3, 4};
        double[] canary = {3, 3, 4, 4, 5, 5, 5, 6};

        MannWhitney.Result forward = MannWhitney.test(control, canary);
        MannWhitney.Result backward = MannWhitney.test(canary, control);

        assertThat(backward.u()).isEqualTo(7 * 8 - forward.u());
        assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-12));
        assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-15));
        assertThat(backward.experimentHigher()).isFalse();
    }

    @Test
    void shouldFindNoDifferenceWhenEveryValueIsTheSame() {
        MannWhitney.Result result = MannWhitney.test(new double[] {4, 4, 4}, new double[] {4, 4});

        assertThat(result.u()).isEqualTo(3);
        assertThat(result.z()).isZero();
        assertThat(result.pValue()).isEqualTo(1);
        assertThat(result.experimentHigher()).isFalse();
    }

    @Test
    void shouldGiveTheSmallestPValueForFullySeparatedSamples() {
        // U = 0 or 25 for 5 against 5: z = 12.5 / sqrt(25 * 11 / 12) = 2.6111648393354674, p = 0.009023438818080334
        // (erfc(z / sqrt(2)) in Python's math module).
        MannWhitney.Result result = MannWhitney.test(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});

        assertThat(result.u()).isEqualTo(25);
        assertThat(result.pValue()).isCloseTo(0.009023438818080334, within(1e-14));
    }

    @Test
    void shouldComputeNormalTailsToTablePrecision() {
        // Two-sided critical values of the standard normal (SciPy 1.17 norm.isf(p / 2)) and erfc values from
        // Python's math.erfc, which agree with Abramowitz & Stegun, table 7.1.
        assertThat(MannWhitney.twoSidedP(1.9599639845400545)).isCloseTo(0.05, within(1e-14));
        assertThat(MannWhitney.twoSidedP(2.575829303548901)).isCloseTo(0.01, within(1e-14));
        assertThat(MannWhitney.twoSidedP(-3.2905267314918945)).isCloseTo(0.001, within(1e-14));
        assertThat(MannWhitney.twoSidedP(0)).isEqualTo(1);
        assertThat(MannWhitney.erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-15));
        assertThat(MannWhitney.erfc(1)).isCloseTo(0.15729920705028513, within(1e-15));
        assertThat(MannWhitney.erfc(2)).isCloseTo(0.004677734981047265, Percentage.withPercentage(1e-11));
        assertThat(MannWhitney.erfc(5)).isCloseTo(1.5374597944280351e-12, Percentage.withPercentage(1e-11));
    }

    @Test
    void shouldRefuseAnEmptySample() {
        assertThatThrownBy(() -> MannWhitney.test(new double[0], new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one value in each sample");
    }
}
