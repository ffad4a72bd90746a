package io.jenkins.plugins.canarydeploy.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageRecorder;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import java.io.File;
import java.io.IOException;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Runs on the agent that holds the workspace: finds, parses and merges the coverage reports there, so that only the
 * compact {@link CoverageResult} travels to the controller. Bad reports fail it with a
 * {@link io.jenkins.plugins.canarydeploy.quality.QualityReportException} naming each, unless they are to be skipped.
 */
public final class CoverageCallable implements ControllerToAgentFileCallable<CoverageResult> {
    private static final long serialVersionUID = 1L;

    private final CoverageSettings settings;

    public CoverageCallable(CoverageSettings settings) {
        this.settings = settings;
    }

    @Override
    public CoverageResult invoke(File workspace, VirtualChannel channel) throws IOException {
        return CoverageRecorder.record(workspace.toPath(), settings);
    }
}
