package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import io.jenkins.plugins.canarydeploy.steps.QualityCoverageStep;
import io.jenkins.plugins.canarydeploy.steps.QualityStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Coverage as a freestyle post-build step: the same settings, help and checks as the {@code qualityCoverage} step.
 */
public class QualityCoverageRecorder extends ClassicRecorder {
    private final QualityCoverageStep coverage;

    @DataBoundConstructor
    public QualityCoverageRecorder(QualityCoverageStep coverage) {
        this.coverage = coverage;
    }

    public QualityCoverageStep getCoverage() {
        return coverage;
    }

    @Override
    protected QualityStep settings() {
        return coverage;
    }

    /** Describes the post-build step to the job configuration. */
    @Extension
    @Symbol("qualityCoverageRecorder")
    public static class DescriptorImpl extends ClassicRecorderDescriptor {
        @Override
        public String getDisplayName() {
            return "Record code coverage and check quality gates";
        }
    }
}
