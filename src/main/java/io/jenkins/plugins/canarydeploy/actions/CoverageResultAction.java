package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageCounter;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageDetailsModel;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResultFile;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSummaryModel;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage of a build: a summary box (totals, changes against the reference build, gate outcomes) from the
 * numbers kept in build.xml, and a details page (coverage per package and per file) from the result file.
 */
public final class CoverageResultAction extends QualityResultAction<CoverageResult> {
    /** The URL of the details page below the build, and of the trend below the job. */
    public static final String URL_NAME = "qualityCoverage";

    private final CoverageFormat format;
    private final ArrayList<CoverageCounter> totals;
    private final ArrayList<CoverageCounter> referenceTotals;
    private final int reportCount;
    private final int skippedCount;

    /**
     * @param reference the reference build, or null when there is none
     * @param referenceTotals the reference build's totals; empty when there is none
     */
    public CoverageResultAction(
            CoverageResult result,
            GateOutcomes gates,
            @CheckForNull ReferenceBuild reference,
            List<CoverageCounter> referenceTotals) {
        super(result, CoverageResultFile.FILE_NAME, gates, reference);
        this.format = result.getFormat();
        this.totals = new ArrayList<>(result.getTotals());
        this.referenceTotals = new ArrayList<>(referenceTotals);
        this.reportCount = result.getReports().size();
        this.skippedCount = result.getProblems().size();
    }

    @Override
    protected CoverageResult read(Path file) throws IOException {
        return CoverageResultFile.read(file);
    }

    @Override
    protected Action trendAction(Run<?, ?> owner) {
        return new CoverageTrendAction(owner.getParent());
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "Code coverage";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The totals, one per metric the reports have. */
    public List<CoverageCounter> getTotals() {
        return List.copyOf(totals);
    }

    /** The totals as percentages by gate key, for the trend and for builds that take this one as reference. */
    public MetricValues getMetricValues() {
        return totalsOnly(totals).metricValues();
    }

    /** The summary box: built from the numbers in build.xml, without reading the result file. */
    public CoverageSummaryModel getSummary() {
        CoverageResult reference = hasReference() ? totalsOnly(referenceTotals) : null;
        return new CoverageSummaryModel(totalsOnly(totals), getGates(), reference, getReferenceName());
    }

    /** The details page's tables; null when the result file cannot be read. */
    @CheckForNull
    public CoverageDetailsModel getDetails() {
        CoverageResult result = getResult();
        return result == null ? null : new CoverageDetailsModel(result);
    }

    public String getFormatName() {
        return format.displayName();
    }

    /** How many reports were read. */
    public int getReportCount() {
        return reportCount;
    }

    /** How many reports were skipped because they could not be read. */
    public int getSkippedCount() {
        return skippedCount;
    }

    private CoverageResult totalsOnly(List<CoverageCounter> counters) {
        CoverageResult.Builder builder = CoverageResult.builder(format);
        counters.forEach(builder::total);
        return builder.build();
    }
}
