package io.jenkins.plugins.canarydeploy.freestyle;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.steps.CodeDeployPushStep;
import io.jenkins.plugins.canarydeploy.steps.PushRunner;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** The push as a freestyle build step: the same settings, help and checks as the {@code codeDeployPush} step. */
public class CodeDeployPushBuilder extends ClassicBuildStep {
    private final CodeDeployPushStep push;

    @DataBoundConstructor
    public CodeDeployPushBuilder(CodeDeployPushStep push) {
        this.push = push;
    }

    public CodeDeployPushStep getPush() {
        return push;
    }

    @Override
    protected void run(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException, IOException {
        new PushRunner(push).push(run, workspace, listener);
    }

    /** Describes the build step to the job configuration. */
    @Extension
    @Symbol("codeDeployPushBuilder")
    public static class DescriptorImpl extends ClassicBuildStepDescriptor {
        @Override
        public String getDisplayName() {
            return "Bundle the workspace and push it to S3 for CodeDeploy";
        }
    }
}
