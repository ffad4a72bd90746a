package io.jenkins.plugins.canarydeploy.canary.judge;

import java.util.Arrays;
import java.util.Random;

/** Reproducible metric series for judge tests: seeded noise around a level, repeated values, constant runs. */
final class SyntheticSeries {
    private SyntheticSeries() {}

    /** {@code count} values drawn from a normal distribution with this mean and standard deviation. */
    static double[] noisy(long seed, double mean, double deviation, int count) {
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = mean + deviation * random.nextGaussian();
        }
        return values;
    }

    /** {@code count} values drawn uniformly from {@code choices}: small counts with many ties. */
    static double[] counts(long seed, int count, double... choices) {
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = choices[random.nextInt(choices.length)];
        }
        return values;
    }

    static double[] constant(double value, int count) {
        double[] values = new double[count];
        Arrays.fill(values, value);
        return values;
    }

    /** The values followed by {@code more}. */
    static double[] concat(double[] values, double... more) {
        double[] joined = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, joined, values.length, more.length);
        return joined;
    }
}
