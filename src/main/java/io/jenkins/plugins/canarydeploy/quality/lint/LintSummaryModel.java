package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the build page shows of a lint result: totals by severity, new and fixed issues against the reference build,
 * one line per tool, errors of unreadable reports, and the metrics quality gates judge. Plain data for a page.
 */
public final class LintSummaryModel {
    private final SeverityCounts counts;
    private final LintDelta delta;
    private final String referenceBuild;
    private final List<ToolSummary> tools;
    private final List<String> errors;
    private final Map<String, Double> metrics;

    private LintSummaryModel(LintResult result, LintDelta delta, String referenceBuild) {
        this.counts = result.getCounts();
        this.delta = delta;
        this.referenceBuild = referenceBuild;
        this.tools = result.getTools().stream()
                .map(tool -> ToolSummary.of(tool, delta))
                .toList();
        this.errors = result.getErrors();
        this.metrics = LintMetrics.of(result, delta);
    }

    /**
     * @param referenceBuild how the reference build is named on the page, for example "#41"; "" when there is none
     */
    public static LintSummaryModel of(LintResult result, LintDelta delta, String referenceBuild) {
        return new LintSummaryModel(result, delta, referenceBuild);
    }

    public int getTotal() {
        return counts.total();
    }

    public List<SeverityCount> getCounts() {
        return SeverityCount.of(counts);
    }

    public boolean hasReference() {
        return delta.hasReference();
    }

    public String getReferenceBuild() {
        return referenceBuild;
    }

    public int getNewCount() {
        return delta.getNewCount();
    }

    public int getFixedCount() {
        return delta.getFixedCount();
    }

    public List<ToolSummary> getTools() {
        return tools;
    }

    public List<String> getErrors() {
        return errors;
    }

    public Map<String, Double> getMetrics() {
        return metrics;
    }

    /** One line, for example "27 issues (2 errors, 25 low): 1 new, 2 fixed against #41". */
    public String getHeadline() {
        String headline = issues(counts.total()) + severities(counts);
        if (!delta.hasReference()) {
            return headline + ", no reference build to compare with";
        }
        String against = referenceBuild.isEmpty() ? "the reference build" : referenceBuild;
        return headline + ": " + delta.getNewCount() + " new, " + delta.getFixedCount() + " fixed against " + against;
    }

    static String issues(int count) {
        return count == 0 ? "No issues" : String.format(Locale.ROOT, "%,d issue%s", count, count == 1 ? "" : "s");
    }

    static String severities(SeverityCounts counts) {
        String parts = SeverityCount.of(counts).stream()
                .filter(count -> count.count() > 0)
                .map(count -> String.format(Locale.ROOT, "%,d %s", count.count(), count.key())
                        + (count.severity() == LintSeverity.ERROR && count.count() > 1 ? "s" : ""))
                .collect(Collectors.joining(", "));
        return parts.isEmpty() ? "" : " (" + parts + ")";
    }

    /** One tool's line in the summary. */
    public record ToolSummary(
            String id,
            String name,
            int reportFiles,
            int total,
            List<SeverityCount> counts,
            int newCount,
            int fixedCount,
            List<String> errors,
            List<String> notes) {
        static ToolSummary of(ToolResult tool, LintDelta delta) {
            ToolDelta changes =
                    delta.getTool(tool.getId()).orElse(new ToolDelta(tool.getId(), 0, 0, List.of(), List.of()));
            return new ToolSummary(
                    tool.getId(),
                    tool.getName(),
                    tool.getReportFiles().size(),
                    tool.getTotal(),
                    SeverityCount.of(tool.getCounts()),
                    changes.newCount(),
                    changes.fixedCount(),
                    tool.getErrors(),
                    tool.getNotes());
        }
    }
}
