package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcome;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateReaction;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Records quality results for a build and reacts to its gates, the same for the Pipeline steps and the freestyle
 * post-build steps: a failed gate marks the step's stage (Pipeline) and, unless only the stage is to be marked,
 * the build; with {@code stopOnFailure} it ends the step with an error. Bad settings and bad reports end it with
 * one message naming each problem, without a stack trace.
 */
public final class QualityRun {
    private QualityRun() {}

    /**
     * @param node the step's node in a Pipeline, to mark its stage; null in a freestyle job, where the build itself
     *     is marked even when only the stage is to be
     * @return the summary the Pipeline step returns
     */
    public static Map<String, Object> perform(
            QualityStep settings, Run<?, ?> run, FilePath workspace, TaskListener listener, @CheckForNull FlowNode node)
            throws IOException, InterruptedException {
        QualityRecording recording;
        try {
            recording = settings.record(run, workspace, listener);
        } catch (QualityReportException e) {
            throw new AbortException(e.getMessage());
        }
        GateOutcomes gates = recording.gates();
        PrintStream log = listener.getLogger();
        gates.getOutcomes().forEach(o -> log.println("Quality gate " + o.getStatus() + ": " + o.getMessage()));
        log.println(gates.getSummary());
        GateReaction reaction =
                GateReaction.decide(gates, node != null && settings.isStageOnly(), settings.isStopOnFailure());
        if (node != null && reaction.stageResult() != BuildResult.SUCCESS) {
            node.addOrReplaceAction(new WarningAction(result(reaction.stageResult())).withMessage(failed(gates)));
        }
        if (reaction.buildResult() != BuildResult.SUCCESS) {
            log.println(reaction.buildResult() + ": " + failed(gates));
            run.setResult(result(reaction.buildResult()));
        } else if (reaction.stageResult() != BuildResult.SUCCESS) {
            log.println(reaction.stageResult() + " (the stage only): " + failed(gates));
        }
        if (reaction.stopMessage().isPresent()) {
            throw new AbortException(reaction.stopMessage().get());
        }
        return recording.value();
    }

    /** The settings checked by {@code check}, or an error naming every bad field, without a stack trace. */
    static <T> T checked(Supplier<T> check) throws AbortException {
        try {
            return check.get();
        } catch (InvalidSettingsException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static String failed(GateOutcomes gates) {
        return gates.getFailed().stream().map(GateOutcome::getMessage).collect(Collectors.joining(" "));
    }

    private static Result result(BuildResult result) {
        return switch (result) {
            case SUCCESS -> Result.SUCCESS;
            case UNSTABLE -> Result.UNSTABLE;
            case FAILURE -> Result.FAILURE;
        };
    }
}
