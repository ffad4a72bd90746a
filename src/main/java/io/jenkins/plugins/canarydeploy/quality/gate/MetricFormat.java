package io.jenkins.plugins.canarydeploy.quality.gate;

import java.util.Locale;

/** Metric values as people read them: coverage with two decimals and '%', counts as whole numbers where whole. */
public final class MetricFormat {
    private MetricFormat() {}

    /** A total or a delta (a delta with its sign), for example "85.71%", "+1.20%", "12" or "-3". */
    public static String value(String metric, GateScope scope, double value) {
        String sign = scope == GateScope.DELTA && value > 0 ? "+" : "";
        if (MetricKeys.isPercentage(metric)) {
            return sign + String.format(Locale.ROOT, "%.2f%%", value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return sign + (long) value;
        }
        return sign + String.format(Locale.ROOT, "%.2f", value);
    }

    /** The metric with its scope, for example "line coverage (total)" or "new issues (delta)". */
    public static String label(String metric, GateScope scope) {
        return MetricKeys.label(metric) + " (" + scope.name().toLowerCase(Locale.ROOT) + ")";
    }
}
