package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.quality.ReportFinder;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code qualityCoverage}: records code coverage from the workspace's reports (several are merged), shows it on
 * the build and job pages and checks quality gates on its totals and on their changes against a reference build.
 * The settings shared by the Pipeline step and the freestyle post-build step ({@code QualityCoverageRecorder}).
 * Returns the totals, the changes and the gates' outcomes as a map.
 */
public class QualityCoverageStep extends QualityStep {
    static final String DEFAULT_FORMAT = CoverageFormat.COBERTURA.name();

    private final String pattern;
    private String format = DEFAULT_FORMAT;
    private int maxReportMegabytes = CoverageSettings.DEFAULT_MAX_REPORT_MEGABYTES;
    private boolean skipBadReports;

    @DataBoundConstructor
    public QualityCoverageStep(@CheckForNull String pattern) {
        this.pattern = Texts.strip(pattern);
    }

    @Override
    String metricPrefix() {
        return MetricKeys.COVERAGE_PREFIX;
    }

    @Override
    String results() {
        return "coverage";
    }

    @Override
    QualityRecording record(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        return new CoverageRunner(this, new JenkinsFacade()).record(run, workspace, listener);
    }

    /** The core settings, after the same checks the form shows; fails naming every bad field. */
    CoverageSettings toSettings() {
        String megabytes = Integer.toString(maxReportMegabytes);
        Problems problems = CoverageSettings.check(pattern, format, megabytes);
        checkQuality(problems).throwIfAny("qualityCoverage");
        return CoverageSettings.fromText(pattern, format, megabytes, skipBadReports);
    }

    public String getPattern() {
        return pattern;
    }

    public String getFormat() {
        return format;
    }

    @DataBoundSetter
    public void setFormat(@CheckForNull String format) {
        this.format = Texts.isBlank(format) ? DEFAULT_FORMAT : Texts.strip(format);
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
    @Symbol("qualityCoverage")
    public static class DescriptorImpl extends QualityStepDescriptor {
        @Override
        public String getFunctionName() {
            return "qualityCoverage";
        }

        @Override
        public String getDisplayName() {
            return "Record code coverage and check quality gates";
        }

        @POST
        public FormValidation doCheckPattern(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, ReportFinder::patternProblem);
        }

        @POST
        public FormValidation doCheckMaxReportMegabytes(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, CoverageSettings::maxReportMegabytes);
        }

        @POST
        public ListBoxModel doFillFormatItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (forms().mayConfigure(item)) {
                for (CoverageFormat format : CoverageFormat.values()) {
                    model.add(format.displayName(), format.name());
                }
            }
            return model;
        }
    }
}
