package io.jenkins.plugins.canarydeploy.canary.judge;

/** How one metric of the canary compares with the control group (Kayenta's Pass, High, Low, Nodata). */
public enum Classification {
    /** No bad difference: not significant, within the effect limits, or in a direction that is not bad. */
    PASS,
    /** Significantly and too much higher than the control, in a direction that is bad. */
    HIGH,
    /** Significantly and too much lower than the control, in a direction that is bad. */
    LOW,
    /** Too few datapoints to judge; left out of the score. */
    NO_DATA,
    /** Too few datapoints for a metric that must have data; counts as a failure. */
    NO_DATA_FAIL;

    /** HIGH, LOW and NO_DATA_FAIL count against the score (and force it to 0 for a critical metric). */
    public boolean failed() {
        return this == HIGH || this == LOW || this == NO_DATA_FAIL;
    }

    /** NO_DATA and NO_DATA_FAIL. */
    public boolean lacksData() {
        return this == NO_DATA || this == NO_DATA_FAIL;
    }
}
