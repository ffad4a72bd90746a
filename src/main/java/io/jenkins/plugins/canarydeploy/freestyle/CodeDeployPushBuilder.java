package io.jenkins.plugins.canarydeploy.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.canarydeploy.steps.CodeDeployPushStep;
import io.jenkins.plugins.canarydeploy.steps.PushRunner;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The push as a freestyle build step: the same settings, help and checks as the {@code codeDeployPush} step. */
public class CodeDeployPushBuilder extends Builder implements SimpleBuildStep {
    private final CodeDeployPushStep push;

    @DataBoundConstructor
    public CodeDeployPushBuilder(CodeDeployPushStep push) {
        this.push = push;
    }

    public CodeDeployPushStep getPush() {
        return push;
    }

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new PushRunner(push).push(run, workspace, listener);
    }

    /** Offers the step in the job configuration of freestyle and other classic jobs. */
    @Extension
    @Symbol("codeDeployPushBuilder")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Bundle the workspace and push it to S3 for CodeDeploy";
        }
    }
}
