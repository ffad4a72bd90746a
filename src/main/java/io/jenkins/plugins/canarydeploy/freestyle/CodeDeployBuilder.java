package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.steps.BlockingDeployment;
import io.jenkins.plugins.canarydeploy.steps.CodeDeployStep;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The deployment as a freestyle build step: the same settings, help and checks as the {@code codeDeploy} step. */
public class CodeDeployBuilder extends ClassicBuildStep {
    private final CodeDeployStep deploy;

    @DataBoundConstructor
    public CodeDeployBuilder(CodeDeployStep deploy) {
        this.deploy = deploy;
    }

    public CodeDeployStep getDeploy() {
        return deploy;
    }

    @Override
    protected void run(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException, IOException {
        new BlockingDeployment(deploy).run(run, workspace, listener);
    }

    /** Describes the build step to the job configuration. */
    @Extension
    @Symbol("codeDeployBuilder")
    public static class DescriptorImpl extends ClassicBuildStepDescriptor {
        @Override
        public String getDisplayName() {
            return "Deploy a revision with AWS CodeDeploy";
        }
    }
}
