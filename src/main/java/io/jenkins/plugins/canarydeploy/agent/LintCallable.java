package io.jenkins.plugins.canarydeploy.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.canarydeploy.quality.lint.LintRecorder;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import java.io.File;
import java.io.IOException;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Runs on the agent that holds the workspace: parses every tool's reports there, so that only the compact
 * {@link LintResult} (counts, a capped issues table, fingerprints) travels to the controller. Reports that cannot
 * be read are errors in the result, each naming its file.
 */
public final class LintCallable implements ControllerToAgentFileCallable<LintResult> {
    private static final long serialVersionUID = 1L;

    private final LintSettings settings;

    public LintCallable(LintSettings settings) {
        this.settings = settings;
    }

    @Override
    public LintResult invoke(File workspace, VirtualChannel channel) throws IOException {
        return new LintRecorder(settings).record(workspace.toPath());
    }
}
