package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.steps.BlockingRelease;
import io.jenkins.plugins.canarydeploy.steps.CanaryReleaseStep;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The canary release as a freestyle build step: the same settings, help and checks as {@code canaryRelease}. */
public class CanaryReleaseBuilder extends ClassicBuildStep {
    private final CanaryReleaseStep release;

    @DataBoundConstructor
    public CanaryReleaseBuilder(CanaryReleaseStep release) {
        this.release = release;
    }

    public CanaryReleaseStep getRelease() {
        return release;
    }

    @Override
    protected void run(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException, IOException {
        new BlockingRelease(release).run(run, workspace, listener);
    }

    /** Describes the build step to the job configuration. */
    @Extension
    @Symbol("canaryReleaseBuilder")
    public static class DescriptorImpl extends ClassicBuildStepDescriptor {
        @Override
        public String getDisplayName() {
            return "Release through a canary: deploy, watch, then promote or roll back";
        }
    }
}
