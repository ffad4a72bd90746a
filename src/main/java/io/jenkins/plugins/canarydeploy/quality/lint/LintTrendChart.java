package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the "issues by severity" trend of a job from its builds' lint results. */
public final class LintTrendChart {
    /** How many builds the job page's trend shows unless told otherwise. */
    public static final int DEFAULT_BUILDS = 50;

    private LintTrendChart() {}

    /**
     * @param newestFirst the builds with lint results, newest first, as a job's build list gives them
     * @param maxBuilds the most builds to show: the newest ones
     * @param toolId only this tool's issues, or "" for all tools; builds that did not record the tool are left out
     */
    public static TrendChartData of(List<BuildLintResult> newestFirst, int maxBuilds, String toolId) {
        List<BuildLintResult> shown = new ArrayList<>(newestFirst.stream()
                .filter(build ->
                        toolId.isEmpty() || build.result().getTool(toolId).isPresent())
                .limit(Math.max(0, maxBuilds))
                .toList());
        Collections.reverse(shown);
        List<String> labels = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (BuildLintResult build : shown) {
            labels.add("#" + build.buildNumber());
            numbers.add(build.buildNumber());
        }
        List<TrendChartData.Series> series = new ArrayList<>();
        for (LintSeverity severity : LintSeverity.values()) {
            List<Integer> values = shown.stream()
                    .map(build -> counts(build.result(), toolId).get(severity))
                    .toList();
            series.add(new TrendChartData.Series(severity.label(), severity, values));
        }
        return new TrendChartData(labels, numbers, series);
    }

    private static SeverityCounts counts(LintResult result, String toolId) {
        if (toolId.isEmpty()) {
            return result.getCounts();
        }
        return result.getTool(toolId).map(ToolResult::getCounts).orElse(SeverityCounts.none());
    }
}
