package io.jenkins.plugins.canarydeploy.deploy;

/** How a followed deployment ended, as the build should see it. */
public enum DeploymentVerdict {
    /** The deployment succeeded. */
    SUCCEEDED,
    /** The deployment failed (e.g. a lifecycle hook failed or health constraints were not met). */
    FAILED,
    /** CodeDeploy stopped the deployment because one of its CloudWatch alarms fired. */
    STOPPED_BY_ALARM,
    /** The deployment was stopped by a person or another system. */
    STOPPED,
    /** It did not finish in time; it was stopped with rollback. */
    TIMED_OUT
}
