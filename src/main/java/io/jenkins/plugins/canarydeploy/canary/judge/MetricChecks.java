package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of each {@link MetricSpec} field, by CloudWatch's rules; each message names the field and the fix. */
public final class MetricChecks {
    /** The field of the baseline (control, production) group's dimensions. */
    public static final String BASELINE_DIMENSIONS = "baselineDimensions";

    /** The field of the canary (experiment) group's dimensions. */
    public static final String CANARY_DIMENSIONS = "canaryDimensions";

    /** Query ids are the metric id plus {@code _experiment}, and CloudWatch allows 255 characters. */
    static final int MAX_ID_LENGTH = 255 - "_experiment".length();

    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final int MAX_NAME_LENGTH = 255;
    private static final int MAX_DIMENSIONS = 30;
    private static final int MAX_DIMENSION_VALUE_LENGTH = 1024;
    private static final Set<Integer> HIGH_RESOLUTION_PERIODS = Set.of(1, 5, 10, 20, 30);
    private static final Pattern STATISTIC = Pattern.compile("SampleCount|Average|Sum|Minimum|Maximum|IQM"
            + "|(p|tm|wm|tc|ts)(100|\\d{1,2}(\\.\\d+)?)"
            + "|(TM|WM|TC|TS|PR)\\([^():]*:[^():]*\\)");

    private MetricChecks() {}

    public static Optional<String> id(@CheckForNull String id) {
        if (Texts.isBlank(id)) {
            return Optional.of("'id' is empty: name the metric, e.g. latency_p99 (a lowercase letter, then letters,"
                    + " digits or _).");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("'id' is '" + id + "', but CloudWatch query ids start with a lowercase letter and hold"
                    + " only letters, digits and _: use e.g. latency_p99.");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of(
                    "'id' has " + id.length() + " characters: use at most " + MAX_ID_LENGTH + " (a short name).");
        }
        return Optional.empty();
    }

    public static Optional<String> namespace(@CheckForNull String namespace) {
        if (Texts.isBlank(namespace)) {
            return Optional.of("'namespace' is empty: give the metric's CloudWatch namespace, e.g. AWS/EC2 or"
                    + " AWS/ApplicationELB, or your own, e.g. Shop.");
        }
        if (namespace.startsWith(":") || namespace.length() > MAX_NAME_LENGTH) {
            return Optional.of("'namespace' '" + namespace + "' is not a CloudWatch namespace: at most "
                    + MAX_NAME_LENGTH + " characters, not starting with ':'.");
        }
        return Optional.empty();
    }

    public static Optional<String> metricName(@CheckForNull String metricName) {
        if (Texts.isBlank(metricName)) {
            return Optional.of("'metricName' is empty: give the CloudWatch metric name, e.g. TargetResponseTime.");
        }
        if (metricName.length() > MAX_NAME_LENGTH) {
            return Optional.of("'metricName' has " + metricName.length() + " characters: CloudWatch metric names"
                    + " have at most " + MAX_NAME_LENGTH + ".");
        }
        return Optional.empty();
    }

    public static Optional<String> statistic(@CheckForNull String statistic) {
        if (statistic != null && STATISTIC.matcher(statistic).matches()) {
            return Optional.empty();
        }
        return Optional.of("'statistic' is '" + Texts.strip(statistic) + "', not a CloudWatch statistic: use"
                + " Average, Sum, Minimum, Maximum, SampleCount, a percentile such as p99 or p99.9, or an extended"
                + " statistic such as tm90 or TM(10%:90%).");
    }

    public static Optional<String> period(int seconds) {
        if (seconds > 0 && (seconds % 60 == 0 || HIGH_RESOLUTION_PERIODS.contains(seconds))) {
            return Optional.empty();
        }
        return Optional.of("'period' is " + seconds + " s: CloudWatch periods are 1, 5, 10, 20 or 30 s (for"
                + " high-resolution metrics) or a multiple of 60 s, e.g. 60 or 300.");
    }

    /** At most 30 dimensions, each with a name and a value of CloudWatch's lengths. */
    public static Optional<String> dimensions(String field, Map<String, String> dimensions) {
        if (dimensions.size() > MAX_DIMENSIONS) {
            return Optional.of("'" + field + "' has " + dimensions.size() + " dimensions: CloudWatch metrics have"
                    + " at most " + MAX_DIMENSIONS + ".");
        }
        for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
            String name = dimension.getKey();
            String value = dimension.getValue();
            if (Texts.isBlank(name) || name.length() > MAX_NAME_LENGTH) {
                return Optional.of("'" + field + "' has a dimension named '" + name + "': give each dimension a name"
                        + " of 1 to " + MAX_NAME_LENGTH + " characters, e.g. AutoScalingGroupName.");
            }
            if (Texts.isBlank(value) || value.length() > MAX_DIMENSION_VALUE_LENGTH) {
                return Optional.of("'" + field + "' has no usable value for dimension " + name + ": give it a value"
                        + " of 1 to " + MAX_DIMENSION_VALUE_LENGTH + " characters.");
            }
        }
        return Optional.empty();
    }

    /** The canary's series must differ from the baseline's, or the canary would be compared with itself. */
    public static Optional<String> distinct(Map<String, String> control, Map<String, String> experiment) {
        if (!control.equals(experiment)) {
            return Optional.empty();
        }
        return Optional.of("'" + CANARY_DIMENSIONS + "' are the same as '" + BASELINE_DIMENSIONS + "', so the canary"
                + " would be compared with itself: add a dimension that tells the groups apart, e.g."
                + " DeploymentGroup=Canary for the canary and DeploymentGroup=ProdDeploy for production.");
    }

    public static Optional<String> weight(double weight) {
        if (Double.isFinite(weight) && weight > 0) {
            return Optional.empty();
        }
        return Optional.of(
                "'weight' is " + weight + ": use a number above 0 (1 is the default; 2 counts twice as" + " much).");
    }
}
