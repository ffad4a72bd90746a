package io.jenkins.plugins.canarydeploy.steps;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Records quality results on a thread of its own, off the Pipeline's thread (parsing large reports takes a while);
 * aborting the build interrupts it. Not resumed after a controller restart: it fails and can simply run again.
 */
class QualityExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient QualityStep step;

    QualityExecution(StepContext context, QualityStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        return QualityRun.perform(
                step,
                context.get(Run.class),
                context.get(FilePath.class),
                context.get(TaskListener.class),
                context.get(FlowNode.class));
    }
}
