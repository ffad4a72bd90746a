package io.jenkins.plugins.canarydeploy.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.canarydeploy.steps.QualityRun;
import io.jenkins.plugins.canarydeploy.steps.QualityStep;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;

/**
 * A freestyle post-build step that records quality results with the settings of its Pipeline step. It needs no
 * earlier build to finish first: the reference build is found by its result, so builds may run concurrently.
 */
public abstract class ClassicRecorder extends Recorder implements SimpleBuildStep {
    /** The settings of the Pipeline step this post-build step runs. */
    protected abstract QualityStep settings();

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        QualityRun.perform(settings(), run, workspace, listener, null);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** Offers a post-build step in the configuration of freestyle and other classic jobs. */
    public abstract static class ClassicRecorderDescriptor extends BuildStepDescriptor<Publisher> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
