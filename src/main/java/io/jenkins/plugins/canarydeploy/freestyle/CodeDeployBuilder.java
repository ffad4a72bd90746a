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
import io.jenkins.plugins.canarydeploy.steps.BlockingDeployment;
import io.jenkins.plugins.canarydeploy.steps.CodeDeployStep;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The deployment as a freestyle build step: the same settings, help and checks as the {@code codeDeploy} step. */
public class CodeDeployBuilder extends Builder implements SimpleBuildStep {
    private final CodeDeployStep deploy;

    @DataBoundConstructor
    public CodeDeployBuilder(CodeDeployStep deploy) {
        this.deploy = deploy;
    }

    public CodeDeployStep getDeploy() {
        return deploy;
    }

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new BlockingDeployment(deploy).run(run, listener);
    }

    /** Offers the step in the job configuration of freestyle and other classic jobs. */
    @Extension
    @Symbol("codeDeployBuilder")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Deploy a revision with AWS CodeDeploy";
        }
    }
}
