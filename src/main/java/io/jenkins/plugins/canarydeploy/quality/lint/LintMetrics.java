package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lint figures a quality gate judges, by metric key: totals by severity over all tools, and new and fixed
 * issues against the reference build (0 without one).
 */
public final class LintMetrics {
    public static final String TOTAL = "issues.total";
    public static final String ERROR = "issues.error";
    public static final String HIGH = "issues.high";
    public static final String NORMAL = "issues.normal";
    public static final String LOW = "issues.low";
    public static final String NEW = "issues.new";
    public static final String FIXED = "issues.fixed";

    private LintMetrics() {}

    /** The metrics of all tools together, keys in the order above. */
    public static Map<String, Double> of(LintResult result, LintDelta delta) {
        SeverityCounts counts = result.getCounts();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(TOTAL, (double) counts.total());
        for (LintSeverity severity : LintSeverity.values()) {
            metrics.put("issues." + severity.key(), (double) counts.get(severity));
        }
        metrics.put(NEW, (double) delta.getNewCount());
        metrics.put(FIXED, (double) delta.getFixedCount());
        return Collections.unmodifiableMap(metrics);
    }
}
