package io.jenkins.plugins.canarydeploy.canary.judge;

/** What a score means, by the pass and marginal thresholds of {@link JudgeSettings}. */
public enum JudgeVerdict {
    /** The score reaches the pass threshold. */
    PASS,
    /** The score is below the pass threshold but reaches the marginal one: no alert fires. */
    MARGINAL,
    /** The score is below the marginal threshold: the judge's alert fires. */
    FAIL
}
