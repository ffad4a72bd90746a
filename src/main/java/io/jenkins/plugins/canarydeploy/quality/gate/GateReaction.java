package io.jenkins.plugins.canarydeploy.quality.gate;

import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a step does with the gates' outcomes: the result for its stage, the result for the whole build (SUCCESS
 * when only the stage is to be marked) and, when asked to stop the pipeline, the error to stop it with as soon as
 * any gate failed (UNSTABLE or FAILED).
 *
 * @param stageResult the result to mark the step's stage with
 * @param buildResult the result to set on the build; results only ever get worse
 * @param stopMessage present when the pipeline is to stop, naming every failed gate
 */
public record GateReaction(BuildResult stageResult, BuildResult buildResult, Optional<String> stopMessage) {
    public static GateReaction decide(GateOutcomes outcomes, boolean markStageOnly, boolean stopPipeline) {
        BuildResult result = outcomes.getBuildResult();
        Optional<String> stop = Optional.empty();
        if (stopPipeline && !outcomes.getFailed().isEmpty()) {
            stop = Optional.of("Stopping: " + outcomes.getFailed().size() + " quality gate(s) failed: "
                    + outcomes.getFailed().stream().map(GateOutcome::getMessage).collect(Collectors.joining(" ")));
        }
        return new GateReaction(result, markStageOnly ? BuildResult.SUCCESS : result, stop);
    }
}
