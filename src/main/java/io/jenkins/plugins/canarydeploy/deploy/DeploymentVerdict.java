package io.jenkins.plugins.canarydeploy.deploy;

/** How a followed deployment ended, as the build should see it. */
public enum DeploymentVerdict {
    /** The deployment succeeded. */
    SUCCEEDED(BuildResult.SUCCESS),
    /** The deployment failed (e.g. a lifecycle hook failed or health constraints were not met). */
    FAILED(BuildResult.FAILURE),
    /** CodeDeploy stopped the deployment because one of its CloudWatch alarms fired: the canary did its job. */
    STOPPED_BY_ALARM(BuildResult.UNSTABLE),
    /** The deployment was stopped by a person or another system. */
    STOPPED(BuildResult.FAILURE),
    /** It did not finish in time; it was stopped with rollback. */
    TIMED_OUT(BuildResult.FAILURE);

    private final BuildResult buildResult;

    DeploymentVerdict(BuildResult buildResult) {
        this.buildResult = buildResult;
    }

    /** SUCCESS, UNSTABLE (stopped by an alarm) or FAILURE. */
    public BuildResult buildResult() {
        return buildResult;
    }
}
