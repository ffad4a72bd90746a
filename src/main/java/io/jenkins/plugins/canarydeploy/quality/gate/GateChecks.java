package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The checks of a quality gate's fields, on the text a form or a Pipeline gives: each returns what is wrong and how
 * to fix it. Blank scope means TOTAL, blank comparison the metric's default, blank criticality UNSTABLE.
 */
public final class GateChecks {
    public static final String METRIC = "metric";
    public static final String SCOPE = "scope";
    public static final String THRESHOLD = "threshold";
    public static final String COMPARISON = "comparison";
    public static final String CRITICALITY = "criticality";

    private GateChecks() {}

    /** Checks every field of one gate; {@code prefix} goes before each field name, e.g. "qualityGates[2].". */
    public static Problems check(
            String prefix,
            @CheckForNull String metric,
            @CheckForNull String scope,
            @CheckForNull String threshold,
            @CheckForNull String comparison,
            @CheckForNull String criticality) {
        return new Problems()
                .add(prefix + METRIC, metric(metric))
                .add(prefix + SCOPE, scope(scope))
                .add(prefix + THRESHOLD, threshold(metric, scope, threshold))
                .add(prefix + COMPARISON, comparison(comparison))
                .add(prefix + CRITICALITY, criticality(criticality));
    }

    public static Optional<String> metric(@CheckForNull String metric) {
        String value = Texts.strip(metric);
        if (value.isEmpty()) {
            return Optional.of("Choose the metric to check, for example '" + MetricKeys.COVERAGE_LINE + "' or '"
                    + MetricKeys.ISSUES_TOTAL + "'.");
        }
        if (!MetricKeys.isKnown(value)) {
            return Optional.of("'" + value + "' is not a metric a gate can check: use one of "
                    + String.join(", ", MetricKeys.known()) + ".");
        }
        return Optional.empty();
    }

    /**
     * Whether a known metric belongs to the recording that checks it, for example "coverage." metrics for coverage;
     * {@code what} names the recording's results in the message ("coverage", "lint results").
     */
    public static Optional<String> metricOf(@CheckForNull String metric, String prefix, String what) {
        String value = Texts.strip(metric);
        if (!MetricKeys.isKnown(value) || value.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of("'" + value + "' is not a metric of " + what + ": use one of "
                + String.join(
                        ", ",
                        MetricKeys.known().stream()
                                .filter(k -> k.startsWith(prefix))
                                .toList())
                + ", or record the other results with their own step and gates.");
    }

    public static Optional<String> scope(@CheckForNull String scope) {
        if (Texts.isBlank(scope) || GateScope.fromText(scope).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(scope) + "' is not a scope: use TOTAL (the value of this build) or"
                + " DELTA (its change against the reference build).");
    }

    public static Optional<String> comparison(@CheckForNull String comparison) {
        if (Texts.isBlank(comparison) || GateComparison.fromText(comparison).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(comparison) + "' is not a comparison: use BELOW (fail when the value"
                + " is below the threshold) or ABOVE (fail when it is above), or leave it empty for the metric's"
                + " default.");
    }

    public static Optional<String> criticality(@CheckForNull String criticality) {
        if (Texts.isBlank(criticality) || GateCriticality.fromText(criticality).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(criticality) + "' is not a criticality: use UNSTABLE or FAILURE.");
    }

    /** The threshold must be a number in the range the metric and scope allow. */
    public static Optional<String> threshold(
            @CheckForNull String metric, @CheckForNull String scope, @CheckForNull String threshold) {
        String value = Texts.strip(threshold);
        if (value.isEmpty()) {
            return Optional.of("Give the threshold as a number, for example 80 for 80 % line coverage.");
        }
        OptionalDouble number = parse(value);
        if (number.isEmpty()) {
            return Optional.of(
                    "'" + value + "' is not a number: give the threshold as a number, for example 80" + " or 0.5.");
        }
        return range(Texts.strip(metric), GateScope.fromText(scope).orElse(GateScope.TOTAL), number.getAsDouble());
    }

    static Optional<String> range(String metric, GateScope scope, double threshold) {
        if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
            return Optional.of("The threshold must be a finite number.");
        }
        boolean percentage = MetricKeys.isPercentage(metric);
        if (scope == GateScope.TOTAL && percentage && (threshold < 0 || threshold > 100)) {
            return Optional.of("A coverage threshold is a percentage from 0 to 100, got " + threshold + ".");
        }
        if (scope == GateScope.DELTA && percentage && (threshold < -100 || threshold > 100)) {
            return Optional.of(
                    "A coverage delta is a change in percentage points from -100 to 100, got " + threshold + ".");
        }
        if (scope == GateScope.TOTAL && !percentage && threshold < 0) {
            return Optional.of("A count never falls below 0: give a threshold of 0 or more, got " + threshold + ".");
        }
        return Optional.empty();
    }

    static OptionalDouble parse(String text) {
        try {
            double number = Double.parseDouble(text);
            return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
