package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.lint.IssuesTableModel;
import io.jenkins.plugins.canarydeploy.quality.lint.LintDelta;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResultFile;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSeverity;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSummaryModel;
import io.jenkins.plugins.canarydeploy.quality.lint.SeverityCounts;
import io.jenkins.plugins.canarydeploy.quality.lint.ToolResult;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lint issues of a build: a summary box (counts by severity, new and fixed issues, gate outcomes) from the
 * numbers kept in build.xml, and a details page (the issues table of every tool, the fixed issues, unreadable
 * reports) from the result files of this build and of its reference build.
 */
public final class LintResultAction extends QualityResultAction<LintResult> {
    /** The URL of the details page below the build, and of the trend below the job. */
    public static final String URL_NAME = "qualityLint";

    private final TreeMap<String, Double> metrics;
    private final LinkedHashMap<String, Integer> toolTotals;
    private final int errorCount;

    /**
     * @param reference the reference build, or null when there is none
     * @param metrics the figures the gates judged ({@code issues.*})
     */
    public LintResultAction(
            LintResult result, GateOutcomes gates, @CheckForNull ReferenceBuild reference, MetricValues metrics) {
        super(result, LintResultFile.FILE_NAME, gates, reference);
        this.metrics = new TreeMap<>(metrics.asMap());
        this.toolTotals = new LinkedHashMap<>();
        for (ToolResult tool : result.getTools()) {
            toolTotals.put(tool.getName(), tool.getTotal());
        }
        this.errorCount = result.getErrors().size();
    }

    @Override
    protected LintResult read(Path file) throws IOException {
        return LintResultFile.read(file);
    }

    @Override
    protected Action trendAction(Run<?, ?> owner) {
        return new LintTrendAction(owner.getParent());
    }

    @Override
    public String getIconFileName() {
        return "symbol-warning";
    }

    @Override
    public String getDisplayName() {
        return "Lint issues";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The figures the gates judged, for builds that take this one as reference. */
    public MetricValues getMetricValues() {
        return MetricValues.of(metrics);
    }

    public int getTotal() {
        return count(MetricKeys.ISSUES_TOTAL);
    }

    public int getNewCount() {
        return count(MetricKeys.ISSUES_NEW);
    }

    public int getFixedCount() {
        return count(MetricKeys.ISSUES_FIXED);
    }

    /** The counts by severity, most severe first. */
    public SeverityCounts getCounts() {
        return SeverityCounts.of(
                count(MetricKeys.ISSUES_ERROR),
                count(MetricKeys.ISSUES_HIGH),
                count(MetricKeys.ISSUES_NORMAL),
                count(MetricKeys.ISSUES_LOW));
    }

    /** The counts by severity label ("Error", "High", ...), most severe first, for the summary box. */
    public Map<String, Integer> getSeverityCounts() {
        SeverityCounts counts = getCounts();
        Map<String, Integer> labelled = new LinkedHashMap<>();
        for (LintSeverity severity : LintSeverity.values()) {
            labelled.put(severity.label(), counts.get(severity));
        }
        return labelled;
    }

    /** Each tool's name with its number of issues. */
    public Map<String, Integer> getToolTotals() {
        return new LinkedHashMap<>(toolTotals);
    }

    /** How many reports could not be read (and were skipped). */
    public int getErrorCount() {
        return errorCount;
    }

    /** The tools' lines and the unreadable reports for the details page; null when the result file is gone. */
    @CheckForNull
    public LintSummaryModel getDetailsSummary() {
        LintResult result = getResult();
        return result == null
                ? null
                : LintSummaryModel.of(result, delta(result, referenceResult()), getReferenceName());
    }

    /** The issues table of every tool, with new and fixed issues; null when the result file is gone. */
    @CheckForNull
    public IssuesTableModel getDetails() {
        return details(referenceResult());
    }

    @CheckForNull
    IssuesTableModel details(@CheckForNull LintResult reference) {
        LintResult result = getResult();
        return result == null ? null : IssuesTableModel.of(result, delta(result, reference), "");
    }

    private LintDelta delta(LintResult result, @CheckForNull LintResult reference) {
        return LintDelta.between(result, hasReference() ? reference : null);
    }

    /** The reference build's full result, read from its file; null when it is gone. */
    @CheckForNull
    private LintResult referenceResult() {
        if (!hasReference()) {
            return null;
        }
        return new JenkinsFacade()
                .getBuild(getReferenceId())
                .map(build -> build.getAction(LintResultAction.class))
                .map(LintResultAction::getResult)
                .orElse(null);
    }

    private int count(String key) {
        Double value = metrics.get(key);
        return value == null ? 0 : value.intValue();
    }
}
