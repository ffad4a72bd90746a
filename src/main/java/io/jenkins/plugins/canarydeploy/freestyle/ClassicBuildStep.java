package io.jenkins.plugins.canarydeploy.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;

/** A freestyle build step that runs one of the plugin's features with the settings of its Pipeline step. */
public abstract class ClassicBuildStep extends Builder implements SimpleBuildStep {
    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        run(run, workspace, listener);
    }

    protected abstract void run(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException, IOException;

    /** Offers a build step in the configuration of freestyle and other classic jobs. */
    public abstract static class ClassicBuildStepDescriptor extends BuildStepDescriptor<Builder> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
