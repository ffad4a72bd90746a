package io.jenkins.plugins.canarydeploy.canary;

/** What a step does with a canary verdict: go on, treat the canary as failed, or ask a person. */
public enum VerdictAction {
    PASS,
    FAIL,
    ASK;

    /**
     * PASS and FAIL as they are. NO_DATA under the {@code pause} policy asks a person once the window ran dry; under
     * {@code fail} it fails. Under {@code pass}, missing data already counted as clean during the watch, so a NO_DATA
     * verdict there means the sources could not be read at all: that fails too, as nobody saw the canary.
     */
    public static VerdictAction of(CanaryVerdict verdict, NoDataPolicy policy) {
        return switch (verdict) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case NO_DATA -> policy == NoDataPolicy.PAUSE ? ASK : FAIL;
        };
    }
}
