package io.jenkins.plugins.canarydeploy.canary.release;

/** What to do with a canary whose watch had no data, when a person (or the plan) decides. */
public enum ReleaseDecision {
    /** Treat the canary as passed: deploy the revision to production. */
    PROMOTE,
    /** Treat the canary as failed: do not promote, and roll the canary back as the plan says. */
    ROLL_BACK
}
