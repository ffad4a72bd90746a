package io.jenkins.plugins.canarydeploy.quality.lint;

import io.jenkins.plugins.canarydeploy.quality.gate.GateMaps;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lint step returns to a Pipeline, as plain maps and lists: the total, the counts by severity, new and
 * fixed issues against the reference build, one entry per tool, the reports that could not be read, the gates'
 * outcomes, the overall gate status and a one-line summary.
 */
public final class LintStepValue {
    private LintStepValue() {}

    /** @param referenceBuild how to name the reference build, e.g. "#41"; "" when there is none */
    public static Map<String, Object> of(
            LintResult result, LintDelta delta, GateOutcomes gates, String referenceBuild) {
        LintSummaryModel summary = LintSummaryModel.of(result, delta, referenceBuild);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("total", result.getTotal());
        value.put("counts", counts(result.getCounts()));
        value.put("new", delta.getNewCount());
        value.put("fixed", delta.getFixedCount());
        value.put("referenceBuild", delta.hasReference() ? referenceBuild : "");
        value.put("tools", tools(summary.getTools()));
        value.put("errors", new ArrayList<>(result.getErrors()));
        value.put("gates", GateMaps.of(gates));
        value.put("status", gates.getOverallStatus().name());
        value.put("summary", summary.getHeadline() + "; " + gates.getSummary());
        return value;
    }

    private static Map<String, Object> counts(SeverityCounts counts) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (LintSeverity severity : LintSeverity.values()) {
            map.put(severity.key(), counts.get(severity));
        }
        return map;
    }

    private static List<Object> tools(List<LintSummaryModel.ToolSummary> tools) {
        List<Object> list = new ArrayList<>();
        for (LintSummaryModel.ToolSummary tool : tools) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", tool.id());
            map.put("name", tool.name());
            map.put("total", tool.total());
            map.put("new", tool.newCount());
            map.put("fixed", tool.fixedCount());
            map.put("reportFiles", tool.reportFiles());
            map.put("errors", new ArrayList<>(tool.errors()));
            list.add(map);
        }
        return list;
    }
}
