package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How large a significant change of one metric may be and still pass: the ratio of the experiment's to the
 * control's mean (or median) at most {@code allowedIncrease} for a rise and at least {@code allowedDecrease} for a
 * fall. The defaults (1 and 1) let no significant change pass. Ratios suit metrics that are not negative: when the
 * control's measure is negative there is no ratio, and no limit excuses a change.
 */
public final class EffectLimits implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which central value the ratio compares. */
    public enum Measure {
        /** The arithmetic mean, as Kayenta's meanRatio: sensitive to rare large values such as error bursts. */
        MEAN,
        /** The median: robust to outliers, but blind to changes in fewer than half of the datapoints. */
        MEDIAN;

        /** The settings field a measure is written in, named in its problem. */
        public static final String FIELD = "measure";

        /** The measure a field's text names, in any case; blank is {@link #MEAN}, the default. */
        public static Optional<Measure> fromText(@CheckForNull String text) {
            String value = Texts.strip(text).toUpperCase(Locale.ROOT);
            if (value.isEmpty()) {
                return Optional.of(MEAN);
            }
            for (Measure measure : values()) {
                if (measure.name().equals(value)) {
                    return Optional.of(measure);
                }
            }
            return Optional.empty();
        }

        /** Checks the field text of a measure, naming the fix. */
        public static Optional<String> check(@CheckForNull String text) {
            if (fromText(text).isPresent()) {
                return Optional.empty();
            }
            return Optional.of("'" + FIELD + "' is '" + Texts.strip(text) + "': compare the groups' mean (the"
                    + " default; it notices rare large values such as error bursts) or their median (robust to"
                    + " outliers).");
        }

        /** This measure of the values; NaN when there are none. */
        public double of(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            if (this == MEAN) {
                return Arrays.stream(values).sum() / values.length;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /** As written in a settings field: {@code mean} or {@code median}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No significant change passes, judged by the means. */
    public static final EffectLimits NONE = new EffectLimits(Measure.MEAN, 1, 1);

    private final Measure measure;
    private final double allowedIncrease;
    private final double allowedDecrease;

    /**
     * @param allowedIncrease the largest experiment/control ratio that passes a significant rise, e.g. 1.2 for 20 %
     * @param allowedDecrease the smallest ratio that passes a significant fall, e.g. 0.8 for 20 %
     */
    public EffectLimits(Measure measure, double allowedIncrease, double allowedDecrease) {
        this.measure = measure;
        this.allowedIncrease = allowedIncrease;
        this.allowedDecrease = allowedDecrease;
    }

    public Measure measure() {
        return measure;
    }

    public double allowedIncrease() {
        return allowedIncrease;
    }

    public double allowedDecrease() {
        return allowedDecrease;
    }

    /**
     * The experiment's measure over the control's: 1 when both are 0, infinite when only the control is 0, NaN when
     * the control's is negative or either sample is empty.
     */
    public double ratio(double[] control, double[] experiment) {
        double base = measure.of(control);
        double changed = measure.of(experiment);
        if (base > 0) {
            return changed / base;
        }
        if (base == 0) {
            return changed == 0 ? 1 : changed > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return Double.NaN;
    }

    boolean allowsRise(double ratio) {
        return ratio <= allowedIncrease;
    }

    boolean allowsFall(double ratio) {
        return ratio >= allowedDecrease;
    }

    /** Checks the limits, naming the fields {@code <prefix>allowedIncrease} and {@code <prefix>allowedDecrease}. */
    public Problems check(String prefix) {
        return new Problems()
                .add(prefix + "allowedIncrease", allowedIncrease(allowedIncrease))
                .add(prefix + "allowedDecrease", allowedDecrease(allowedDecrease));
    }

    /** Checks an allowed increase: a finite ratio of at least 1. */
    public static Optional<String> allowedIncrease(double ratio) {
        if (Double.isFinite(ratio) && ratio >= 1) {
            return Optional.empty();
        }
        return Optional.of("'allowedIncrease' is " + ratio + ", but it is the largest canary/production ratio that"
                + " still passes a significant rise: use 1 to allow none, or e.g. 1.2 to allow 20 % more.");
    }

    /** Checks an allowed decrease: a ratio above 0 and at most 1. */
    public static Optional<String> allowedDecrease(double ratio) {
        if (ratio > 0 && ratio <= 1) {
            return Optional.empty();
        }
        return Optional.of("'allowedDecrease' is " + ratio + ", but it is the smallest canary/production ratio that"
                + " still passes a significant fall: use 1 to allow none, or e.g. 0.8 to allow 20 % less.");
    }

    @Override
    public String toString() {
        return measure.label() + " ratio within [" + allowedDecrease + ", " + allowedIncrease + "]";
    }
}
