package io.jenkins.plugins.canarydeploy.steps;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Marks a Pipeline build UNSTABLE the Jenkins way: a warning on the step's node, which the stage view shows, and,
 * unless only the stage should show it, the build result (which Jenkins only ever makes worse).
 */
final class UnstableMarker {
    private UnstableMarker() {}

    static void mark(StepContext context, String message, boolean stageOnly) throws IOException, InterruptedException {
        FlowNode node = context.get(FlowNode.class);
        if (node != null) {
            node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(message));
        }
        if (!stageOnly) {
            context.get(Run.class).setResult(Result.UNSTABLE);
        }
        context.get(TaskListener.class).getLogger().println("UNSTABLE: " + message);
    }
}
