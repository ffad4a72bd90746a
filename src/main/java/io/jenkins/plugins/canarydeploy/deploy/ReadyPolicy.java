package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** What following does when a blue/green deployment is Ready, i.e. waits to reroute traffic to the new targets. */
public enum ReadyPolicy {
    /** Reroute at once: send ContinueDeployment (READY_WAIT) and follow on. */
    CONTINUE,
    /**
     * Wait for a person: polls say {@link Poll#waitingForApproval()} until {@link DeploymentFollower#continueDeployment}
     * is called, or someone continues the deployment in the CodeDeploy console.
     */
    WAIT;

    /** Nothing is rerouted unless asked for; this is also how states saved before the policy existed behave. */
    public static final ReadyPolicy DEFAULT = WAIT;

    /** The policy named by a field's text ({@code continue} or {@code wait}, any case); blank is the default. */
    public static Optional<ReadyPolicy> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(DEFAULT);
        }
        for (ReadyPolicy policy : values()) {
            if (policy.name().equals(value)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /** Checks the field text, naming the fix. */
    public static Optional<String> check(@CheckForNull String text) {
        if (fromText(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a way to handle a blue/green deployment that is Ready"
                + " to reroute traffic: use continue (reroute at once) or wait (until someone approves).");
    }
}
