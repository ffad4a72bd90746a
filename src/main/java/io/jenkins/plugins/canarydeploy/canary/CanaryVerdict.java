package io.jenkins.plugins.canarydeploy.canary;

/** How a canary watch ended. */
public enum CanaryVerdict {
    /** The bake window ended with no alert firing long enough. */
    PASS,
    /** An alert fired for the configured number of consecutive checks. */
    FAIL,
    /** The sources had no data (or could not be read) for the watch to judge. */
    NO_DATA
}
