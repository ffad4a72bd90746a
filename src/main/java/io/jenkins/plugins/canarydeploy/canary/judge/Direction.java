package io.jenkins.plugins.canarydeploy.canary.judge;

/** Which significant change of a metric counts against the canary (Kayenta's metric direction). */
public enum Direction {
    /** Only a rise is bad, e.g. latency or errors. */
    INCREASE,
    /** Only a fall is bad, e.g. throughput or successful orders. */
    DECREASE,
    /** Any significant change is bad. */
    EITHER;

    boolean increaseIsBad() {
        return this != DECREASE;
    }

    boolean decreaseIsBad() {
        return this != INCREASE;
    }
}
