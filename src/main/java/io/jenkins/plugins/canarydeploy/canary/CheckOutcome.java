package io.jenkins.plugins.canarydeploy.canary;

/** What one check of one alert source found. */
public enum CheckOutcome {
    /** Nothing fires. */
    CLEAR,
    /** At least one alert fires. */
    FIRING,
    /** The source has no data to judge by (e.g. an alarm in INSUFFICIENT_DATA, or missing). */
    NO_DATA,
    /** The source could not be asked (connection refused, server error); the watcher counts these. */
    ERROR
}
