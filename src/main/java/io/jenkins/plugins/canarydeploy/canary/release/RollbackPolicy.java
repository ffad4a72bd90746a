package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;

/** What a canary release does to the canary group when the canary fails. */
public enum RollbackPolicy {
    /**
     * Deploy again the revision of the canary group's last successful deployment before this release (read when the
     * release starts). When there is none, or it is not an S3 bundle, the canary is left as it is and the outcome
     * says why.
     */
    REDEPLOY,
    /** Leave the canary group as it is, e.g. to look into the failure on the canary itself. */
    NONE;

    public static final RollbackPolicy DEFAULT = REDEPLOY;

    /** The policy named by a field's text ({@code redeploy} or {@code none}, any case); blank is the default. */
    public static Optional<RollbackPolicy> fromText(@CheckForNull String text) {
        return Choices.fromText(text, values(), DEFAULT);
    }

    /** Checks the field text, naming the fix. */
    public static Optional<String> check(@CheckForNull String text) {
        if (fromText(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a way to roll back a failed canary: use redeploy"
                + " (deploy the canary group's previous revision again) or none (leave the canary as it is).");
    }
}
