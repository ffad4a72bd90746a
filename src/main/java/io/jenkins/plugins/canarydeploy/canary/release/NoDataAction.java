package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;

/** What a canary release does when the watch ends with no data to judge the canary by. */
public enum NoDataAction {
    /** Treat the canary as passed and promote. */
    PROMOTE,
    /** Treat the canary as failed: no promotion, and the canary is rolled back as the plan says. */
    ROLL_BACK,
    /**
     * Stop in {@link ReleasePhase#AWAITING_DECISION} until {@link CanaryRelease#resume} is called with a
     * {@link ReleaseDecision}, e.g. once a person has looked at the canary.
     */
    ASK;

    /** Without data, nothing proves the canary healthy: do not promote. */
    public static final NoDataAction DEFAULT = ROLL_BACK;

    /** The action named by a field's text ({@code promote}, {@code roll_back} or {@code ask}); blank is the default. */
    public static Optional<NoDataAction> fromText(@CheckForNull String text) {
        return Choices.fromText(text, values(), DEFAULT);
    }

    /** Checks the field text, naming the fix. */
    public static Optional<String> check(@CheckForNull String text) {
        if (fromText(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a way to handle a canary watch without data: use"
                + " promote (treat it as passed), roll_back (treat it as failed) or ask (wait for a decision).");
    }
}
