package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.gate.GateMaps;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the coverage step returns to a Pipeline, as plain maps and lists: the format, the reports read and skipped,
 * the totals and their changes against the reference build (percentages by gate key, two decimals), the reference
 * build, the gates' outcomes, the overall gate status and a one-line summary.
 */
public final class CoverageStepValue {
    private CoverageStepValue() {}

    /**
     * @param reference the reference build's totals, or null when there is none
     * @param referenceBuild how to name the reference build, e.g. "#41"; ignored without a reference
     */
    public static Map<String, Object> of(
            CoverageResult result, GateOutcomes gates, @CheckForNull MetricValues reference, String referenceBuild) {
        Map<String, Object> totals = new LinkedHashMap<>();
        Map<String, Object> deltas = new LinkedHashMap<>();
        for (CoverageCounter counter : result.getTotals()) {
            String key = counter.getMetric().key();
            totals.put(key, rounded(counter.getPercentage()));
            OptionalDouble before = reference == null ? OptionalDouble.empty() : reference.get(key);
            if (before.isPresent()) {
                deltas.put(key, rounded(counter.getPercentage() - before.getAsDouble()));
            }
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("format", result.getFormat().name());
        value.put("reports", new ArrayList<>(result.getReports()));
        value.put("skipped", new ArrayList<>(result.getProblems()));
        value.put("totals", totals);
        value.put("deltas", deltas);
        value.put("referenceBuild", reference == null ? "" : referenceBuild);
        value.put("gates", GateMaps.of(gates));
        value.put("status", gates.getOverallStatus().name());
        value.put(
                "summary", new CoverageSummaryModel(result, gates, null, "").getHeadline() + "; " + gates.getSummary());
        return value;
    }

    private static double rounded(double percentage) {
        return Math.round(percentage * 100) / 100.0;
    }
}
