package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import io.jenkins.plugins.canarydeploy.quality.coverage.BuildCoverage;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageTrendChart;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import java.util.List;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * The coverage trend on the job page (its {@code floatingBox.jelly}), drawn by echarts-api from the totals that the
 * builds' coverage actions keep; no result file is read.
 */
public final class CoverageTrendAction implements Action, AsyncTrendChart {
    /** How many builds the trend shows. */
    static final int MAX_BUILDS = 50;

    private final Job<?, ?> job;

    public CoverageTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    @JavaScriptMethod
    public String getBuildTrendModel() {
        return CoverageTrendChart.build(history(MAX_BUILDS), MAX_BUILDS).toJson();
    }

    /** Shown once two builds have coverage. */
    @Override
    public boolean isTrendVisible() {
        return history(2).size() >= 2;
    }

    private List<BuildCoverage> history(int max) {
        return BuildHistory.newestFirst(job.getLastBuild(), CoverageResultAction.class, max).stream()
                .map(build ->
                        new BuildCoverage(build.buildNumber(), build.action().getMetricValues()))
                .toList();
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Code coverage trend";
    }

    /** The same as the builds' coverage pages, so that a click on the chart opens that build's page. */
    @Override
    public String getUrlName() {
        return CoverageResultAction.URL_NAME;
    }
}
