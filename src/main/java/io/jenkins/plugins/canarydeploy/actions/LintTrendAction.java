package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTrendJson;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTrendJson.BuildCounts;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import java.util.List;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * The lint trend on the job page (its {@code floatingBox.jelly}): issues by severity, drawn by echarts-api from the
 * counts that the builds' lint actions keep; no result file is read.
 */
public final class LintTrendAction implements Action, AsyncTrendChart {
    /** How many builds the trend shows. */
    static final int MAX_BUILDS = 50;

    private final Job<?, ?> job;

    public LintTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    @JavaScriptMethod
    public String getBuildTrendModel() {
        return LintTrendJson.toJson(LintTrendJson.of(history(MAX_BUILDS), MAX_BUILDS));
    }

    /** Shown once two builds have lint results. */
    @Override
    public boolean isTrendVisible() {
        return history(2).size() >= 2;
    }

    private List<BuildCounts> history(int max) {
        return BuildHistory.newestFirst(job.getLastBuild(), LintResultAction.class, max).stream()
                .map(build ->
                        new BuildCounts(build.buildNumber(), build.action().getCounts()))
                .toList();
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Lint issues trend";
    }

    /** The same as the builds' lint pages, so that a click on the chart opens that build's page. */
    @Override
    public String getUrlName() {
        return LintResultAction.URL_NAME;
    }
}
