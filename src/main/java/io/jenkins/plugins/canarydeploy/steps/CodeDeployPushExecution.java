package io.jenkins.plugins.canarydeploy.steps;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Pushes on a thread of its own, off the Pipeline's thread; aborting the build interrupts it, which aborts the
 * multipart upload. A push is not resumed after a controller restart: it fails and can simply run again.
 */
class CodeDeployPushExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient CodeDeployPushStep step;

    CodeDeployPushExecution(StepContext context, CodeDeployPushStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        return new PushRunner(step)
                .push(context.get(Run.class), context.get(FilePath.class), context.get(TaskListener.class))
                .toMap();
    }
}
