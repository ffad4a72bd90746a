package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import io.jenkins.plugins.canarydeploy.steps.QualityLintStep;
import io.jenkins.plugins.canarydeploy.steps.QualityStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** Lint results as a freestyle post-build step: the same settings, help and checks as the {@code qualityLint} step. */
public class QualityLintRecorder extends ClassicRecorder {
    private final QualityLintStep lint;

    @DataBoundConstructor
    public QualityLintRecorder(QualityLintStep lint) {
        this.lint = lint;
    }

    public QualityLintStep getLint() {
        return lint;
    }

    @Override
    protected QualityStep settings() {
        return lint;
    }

    /** Describes the post-build step to the job configuration. */
    @Extension
    @Symbol("qualityLintRecorder")
    public static class DescriptorImpl extends ClassicRecorderDescriptor {
        @Override
        public String getDisplayName() {
            return "Record lint results and check quality gates";
        }
    }
}
