package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.steps.BlockingWatch;
import io.jenkins.plugins.canarydeploy.steps.CanaryWatchStep;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The canary watch as a freestyle build step: the same settings, help and checks as the {@code watchCanary} step. */
public class CanaryWatchBuilder extends ClassicBuildStep {
    private final CanaryWatchStep watch;

    @DataBoundConstructor
    public CanaryWatchBuilder(CanaryWatchStep watch) {
        this.watch = watch;
    }

    public CanaryWatchStep getWatch() {
        return watch;
    }

    @Override
    protected void run(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException, IOException {
        new BlockingWatch(watch).run(run, workspace, listener);
    }

    /** Describes the build step to the job configuration. */
    @Extension
    @Symbol("canaryWatchBuilder")
    public static class DescriptorImpl extends ClassicBuildStepDescriptor {
        @Override
        public String getDisplayName() {
            return "Watch the canary's alerts";
        }
    }
}
