package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTools;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code qualityLint}: records the issues that lint tools reported in the workspace (several tools at once, any of
 * analysis-model's formats), shows them on the build and job pages with new and fixed issues against a reference
 * build, and checks quality gates on the counts. The settings shared by the Pipeline step and the freestyle
 * post-build step ({@code QualityLintRecorder}). Returns the counts and the gates' outcomes as a map.
 */
public class QualityLintStep extends QualityStep {
    private final ArrayList<LintToolArgument> tools;
    private int maxRows = LintSettings.DEFAULT_MAX_ROWS;
    private int maxReportMegabytes = LintSettings.DEFAULT_MAX_REPORT_MEGABYTES;
    private boolean skipBadReports;

    @DataBoundConstructor
    public QualityLintStep(@CheckForNull List<LintToolArgument> tools) {
        this.tools = tools == null ? new ArrayList<>() : new ArrayList<>(tools);
    }

    @Override
    String metricPrefix() {
        return MetricKeys.ISSUES_PREFIX;
    }

    @Override
    String results() {
        return "lint results";
    }

    @Override
    QualityRecording record(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        return new LintRunner(this, new JenkinsFacade()).record(run, workspace, listener);
    }

    /** The core settings, after the same checks the form shows; fails naming every bad field. */
    LintSettings toSettings() {
        LintSettings settings =
                new LintSettings(tools.stream().map(LintToolArgument::toTool).toList(), maxRows, maxReportMegabytes);
        Problems problems = new Problems();
        settings.check(LintTools.registry()).list().stream()
                .filter(p -> !p.field().equals("id") && !p.field().equals("pattern"))
                .forEach(p -> problems.add(p.field(), Optional.of(p.message())));
        for (int i = 0; i < tools.size(); i++) {
            problems.addAll(tools.get(i).check("tools[" + i + "]."));
        }
        checkQuality(problems).throwIfAny("qualityLint");
        return settings;
    }

    public List<LintToolArgument> getTools() {
        return List.copyOf(tools);
    }

    public int getMaxRows() {
        return maxRows;
    }

    @DataBoundSetter
    public void setMaxRows(int maxRows) {
        this.maxRows = maxRows;
    }

    public int getMaxReportMegabytes() {
        return maxReportMegabytes;
    }

    @DataBoundSetter
    public void setMaxReportMegabytes(int maxReportMegabytes) {
        this.maxReportMegabytes = maxReportMegabytes;
    }

    public boolean isSkipBadReports() {
        return skipBadReports;
    }

    @DataBoundSetter
    public void setSkipBadReports(boolean skipBadReports) {
        this.skipBadReports = skipBadReports;
    }

    /** Describes the step to Pipeline and to the configuration forms. */
    @Extension
    @Symbol("qualityLint")
    public static class DescriptorImpl extends QualityStepDescriptor {
        @Override
        public String getFunctionName() {
            return "qualityLint";
        }

        @Override
        public String getDisplayName() {
            return "Record lint results and check quality gates";
        }

        @POST
        public FormValidation doCheckMaxRows(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(
                            item, value, v -> number(v, LintSettings::maxRowsProblem, LintSettings.DEFAULT_MAX_ROWS));
        }

        @POST
        public FormValidation doCheckMaxReportMegabytes(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(
                            item,
                            value,
                            v -> number(
                                    v,
                                    LintSettings::maxReportMegabytesProblem,
                                    LintSettings.DEFAULT_MAX_REPORT_MEGABYTES));
        }

        private static Optional<String> number(
                @CheckForNull String text, IntFunction<Optional<String>> check, int example) {
            try {
                return check.apply(Integer.parseInt(Texts.strip(text)));
            } catch (NumberFormatException e) {
                return Optional.of(
                        "'" + Texts.strip(text) + "' is not a whole number: give one, for example " + example + ".");
            }
        }
    }
}
