package io.jenkins.plugins.canarydeploy.canary;

/** What a canary watch does when a check has no data. */
public enum NoDataPolicy {
    /** The check counts as clean. */
    PASS,
    /** The watch ends at once with {@link CanaryVerdict#NO_DATA}. */
    FAIL,
    /**
     * The bake window stands still while data is missing (its end moves later); once data has been missing for a
     * whole bake window, the watch ends with {@link CanaryVerdict#NO_DATA}.
     */
    PAUSE
}
