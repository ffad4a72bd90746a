package io.jenkins.plugins.canarydeploy.canary.release;

/** Where a canary release stands. */
public enum ReleasePhase {
    /** The revision is being deployed to the canary group. */
    CANARY_DEPLOY,
    /** The canary runs the revision; its alerts are watched through the bake window. */
    WATCH,
    /** The watch had no data and the plan says to ask: waits for {@link CanaryRelease#resume}. */
    AWAITING_DECISION,
    /** The canary passed: the same revision is being deployed to the production group. */
    PROMOTE,
    /** The canary failed: the canary group is getting its previous revision back. */
    ROLLBACK,
    /** The release has ended; its state holds the {@link ReleaseOutcome}. */
    DONE
}
