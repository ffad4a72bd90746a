package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The result of one poll: the state to keep, the lines to log, and the outcome once the deployment has ended.
 * While it has not, poll again after {@link #nextDelay()}.
 */
public record Poll(
        FollowState state, List<String> log, @CheckForNull DeploymentOutcome outcome) {

    public Poll {
        log = List.copyOf(log);
    }

    public Optional<DeploymentOutcome> finished() {
        return Optional.ofNullable(outcome);
    }

    public Duration nextDelay() {
        return state.delay();
    }

    /**
     * A blue/green deployment is Ready and waits for approval ({@link ReadyPolicy#WAIT}): offer a person to approve,
     * then call {@link DeploymentFollower#continueDeployment}. Keep polling meanwhile; someone may continue (or stop)
     * it in the CodeDeploy console, and the timeout still applies.
     */
    public boolean waitingForApproval() {
        return outcome == null && state.awaitingApproval();
    }
}
